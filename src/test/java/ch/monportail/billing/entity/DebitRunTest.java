package ch.monportail.billing.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A debit run's progress and when it counts as interrupted (server stopped during the run). */
class DebitRunTest {

    private static final Instant STARTED = Instant.parse("2026-12-04T01:00:00Z");
    private static final Duration QUIET = Duration.ofMinutes(15);

    private static DebitRun run(String runner) {
        return new DebitRun(
                DebitRun.How.TIMER,
                LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30),
                STARTED,
                null,
                runner);
    }

    @Test
    void aRunOfThisInstanceStartedBeforeItsRestartWasInterrupted() {
        DebitRun run = run("server");
        Instant restarted = STARTED.plusSeconds(60);
        assertThat(run.isInterrupted(restarted.plusSeconds(5), "server", restarted, QUIET))
                .isTrue();
    }

    @Test
    void aRunThisInstanceStartedSinceItsStartIsNot() {
        DebitRun run = run("server");
        Instant started = STARTED.minusSeconds(3600);
        assertThat(run.isInterrupted(STARTED.plusSeconds(30), "server", started, QUIET)).isFalse();
    }

    @Test
    void anotherInstancesRunCountsOnlyOnceSilentForLongerThanTheQuietTime() {
        DebitRun run = run("instance-a");
        Instant restarted = STARTED.plusSeconds(60);
        // instance B has just started: A's run is alive as long as it settles days
        assertThat(run.isInterrupted(restarted, "instance-b", restarted, QUIET)).isFalse();
        run.dayDone(12, 20, 0, new BigDecimal("-300.00"), STARTED.plus(Duration.ofMinutes(10)));
        assertThat(
                        run.isInterrupted(
                                STARTED.plus(Duration.ofMinutes(24)),
                                "instance-b",
                                restarted,
                                QUIET))
                .isFalse();
        // exactly the quiet time since the last day settled is not yet silence
        assertThat(
                        run.isInterrupted(
                                STARTED.plus(Duration.ofMinutes(25)),
                                "instance-b",
                                restarted,
                                QUIET))
                .isFalse();
        assertThat(
                        run.isInterrupted(
                                STARTED.plus(Duration.ofMinutes(25)).plusMillis(1),
                                "instance-b",
                                restarted,
                                QUIET))
                .isTrue();
    }

    @Test
    void aFinishedRunIsNeverInterrupted() {
        DebitRun run = run("server");
        run.finish(STARTED.plusSeconds(10), false);
        Instant muchLater = STARTED.plus(Duration.ofDays(3));
        assertThat(run.isInterrupted(muchLater, "server", muchLater, QUIET)).isFalse();
    }

    @Test
    void closingAnInterruptedRunKeepsItsSettledDaysAndSaysSo() {
        DebitRun run = run("server");
        run.dayDone(12, 20, 1, new BigDecimal("-300.00"), STARTED.plusSeconds(2));
        run.dayDone(12, 22, 0, new BigDecimal("-330.50"), STARTED.plusSeconds(4));
        Instant at = STARTED.plusSeconds(600);

        run.interrupted(at);

        assertThat(run.getStatus()).isEqualTo(DebitRun.Status.FAILED);
        assertThat(run.getFinishedAt()).isEqualTo(at);
        assertThat(run.getProgress()).isEqualTo(100);
        assertThat(run.getDaysDone()).isEqualTo(2);
        assertThat(run.getDebits()).isEqualTo(42);
        assertThat(run.getAmount()).isEqualByComparingTo("-630.50");
        assertThat(run.getAnomalyLines())
                .containsExactly(java.util.List.of("interrupted", "2", "30"));
    }

    @Test
    void eachSettledDayIsASignOfLife() {
        DebitRun run = run("server");
        assertThat(run.getHeartbeatAt()).isEqualTo(STARTED);
        Instant later = STARTED.plusSeconds(42);
        run.dayDone(1, 1, 0, new BigDecimal("-10.00"), later);
        assertThat(run.getHeartbeatAt()).isEqualTo(later);
        assertThat(run.getRunner()).isEqualTo("server");
    }

    @Test
    void aRunClosedAsInterruptedStaysSoWhenItsWorkerFinishesAfterAll() {
        DebitRun run = run("instance-a");
        Instant closedAt = STARTED.plus(Duration.ofMinutes(20));
        run.interrupted(closedAt);

        run.finish(closedAt.plusSeconds(30), false);

        assertThat(run.getStatus()).isEqualTo(DebitRun.Status.FAILED);
        assertThat(run.getFinishedAt()).isEqualTo(closedAt);
        assertThat(run.getAnomalyLines())
                .containsExactly(java.util.List.of("interrupted", "0", "30"));
    }
}
