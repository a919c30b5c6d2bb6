package ch.monportail.account.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant T0 = Instant.parse("2026-11-27T08:00:00Z");
    private final LoginThrottle rule = LoginThrottle.ACCOUNT;

    private LoginThrottle.State failTimes(int n, Instant start, Duration spacing) {
        LoginThrottle.State state = new LoginThrottle.State(0, null, null);
        for (int i = 0; i < n; i++) {
            state = rule.afterFailure(state, start.plus(spacing.multipliedBy(i)));
        }
        return state;
    }

    @Test
    void theFirstFailuresAreNotDelayed() {
        LoginThrottle.State state = failTimes(4, T0, Duration.ZERO);
        assertThat(state.failures()).isEqualTo(4);
        assertThat(rule.refusedUntil(state, T0)).isEmpty();
    }

    @Test
    void fromTheFifthFailureEachAttemptWaitsAGrowingDelay() {
        LoginThrottle.State five = failTimes(5, T0, Duration.ZERO);
        assertThat(rule.refusedUntil(five, T0)).contains(T0.plusSeconds(1));
        assertThat(rule.refusedUntil(five, T0.plusSeconds(1))).isEmpty();

        LoginThrottle.State seven = failTimes(7, T0, Duration.ZERO);
        assertThat(rule.refusedUntil(seven, T0)).contains(T0.plusSeconds(4));
    }

    @Test
    void theDelayIsCappedAtAMinute() {
        LoginThrottle patient = new LoginThrottle(1, 1000, Duration.ofHours(1));
        assertThat(patient.delayAfter(30)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void theTenthFailureBlocksForFifteenMinutesAndTellsOnce() {
        LoginThrottle.State nine = failTimes(9, T0, Duration.ofSeconds(70));
        Instant tenthAt = T0.plus(Duration.ofSeconds(70 * 9));
        LoginThrottle.State ten = rule.afterFailure(nine, tenthAt);

        assertThat(ten.blockedUntil()).isEqualTo(tenthAt.plus(Duration.ofMinutes(15)));
        assertThat(rule.justBlocked(nine, ten)).isTrue();
        assertThat(rule.refusedUntil(ten, tenthAt.plus(Duration.ofMinutes(14)))).isPresent();
        assertThat(rule.refusedUntil(ten, tenthAt.plus(Duration.ofMinutes(15)))).isEmpty();
    }

    @Test
    void aFailureAfterTheBlockStartsCountingAgain() {
        LoginThrottle.State blocked = failTimes(10, T0, Duration.ofSeconds(70));
        Instant after = blocked.blockedUntil().plusSeconds(1);
        LoginThrottle.State next = rule.afterFailure(blocked, after);
        assertThat(next.failures()).isEqualTo(1);
        assertThat(next.blockedUntil()).isNull();
    }

    @Test
    void oldFailuresAreForgotten() {
        LoginThrottle.State four = failTimes(4, T0, Duration.ZERO);
        LoginThrottle.State later = rule.afterFailure(four, T0.plus(Duration.ofHours(2)));
        assertThat(later.failures()).isEqualTo(1);
    }

    @Test
    void theClientRuleIsMoreTolerant() {
        assertThat(LoginThrottle.CLIENT.blockAt()).isGreaterThan(LoginThrottle.ACCOUNT.blockAt());
        assertThat(LoginThrottle.CLIENT.delayFrom())
                .isGreaterThan(LoginThrottle.ACCOUNT.delayFrom());
    }
}
