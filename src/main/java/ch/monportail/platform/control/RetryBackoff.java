package ch.monportail.platform.control;

import java.time.Duration;

/**
 * When to try an e-mail again after a failed delivery (DESIGN §2: an SMTP outage delays mail but
 * loses none): 30 s after the first failure, doubling each time up to one hour; after {@link
 * #MAX_ATTEMPTS} attempts (about a day and a half of trying) the message is marked failed and shown
 * to the ADMIN, who can send it again.
 */
public final class RetryBackoff {

    public static final int MAX_ATTEMPTS = 40;
    static final Duration FIRST = Duration.ofSeconds(30);
    static final Duration CAP = Duration.ofHours(1);

    private RetryBackoff() {}

    /** The wait after the given number of failed attempts (1 = the first failure). */
    public static Duration delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failedAttempts - 1, 20);
        Duration delay = FIRST.multipliedBy(1L << doublings);
        return delay.compareTo(CAP) > 0 ? CAP : delay;
    }

    public static boolean givesUp(int failedAttempts) {
        return failedAttempts >= MAX_ATTEMPTS;
    }
}
