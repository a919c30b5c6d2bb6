package ch.monportail.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryBackoffTest {

    @Test
    void theWaitDoublesFromThirtySecondsToAnHour() {
        assertThat(RetryBackoff.delayAfter(0)).isZero();
        assertThat(RetryBackoff.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(RetryBackoff.delayAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(RetryBackoff.delayAfter(5)).isEqualTo(Duration.ofMinutes(8));
        assertThat(RetryBackoff.delayAfter(8)).isEqualTo(Duration.ofHours(1));
        assertThat(RetryBackoff.delayAfter(1000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void itGivesUpAfterAboutADayAndAHalf() {
        Duration total = Duration.ZERO;
        for (int i = 1; i < RetryBackoff.MAX_ATTEMPTS; i++) {
            total = total.plus(RetryBackoff.delayAfter(i));
        }
        assertThat(total).isBetween(Duration.ofHours(24), Duration.ofHours(48));
        assertThat(RetryBackoff.givesUp(RetryBackoff.MAX_ATTEMPTS - 1)).isFalse();
        assertThat(RetryBackoff.givesUp(RetryBackoff.MAX_ATTEMPTS)).isTrue();
    }
}
