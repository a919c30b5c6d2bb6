package ch.monportail.account.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Login throttling (DESIGN §2, ASVS 5.0 V6.3.1): after {@code delayFrom} consecutive failures each
 * further attempt must wait a growing delay (1 s, 2 s, 4 s … capped at 60 s) after the last
 * failure; at {@code blockAt} failures the subject (an account or a client address) is blocked for
 * {@code blockFor}; failures older than {@code blockFor} are forgotten. Checked <em>before</em> the
 * password is hashed, so a flood costs nothing. One rule, two uses: {@link #ACCOUNT} (10 failures →
 * 15 minutes) and {@link #CLIENT} (50 failures from one address → 15 minutes, whatever the accounts
 * tried).
 */
public record LoginThrottle(int delayFrom, int blockAt, Duration blockFor) {

    public static final LoginThrottle ACCOUNT = new LoginThrottle(5, 10, Duration.ofMinutes(15));
    public static final LoginThrottle CLIENT = new LoginThrottle(20, 50, Duration.ofMinutes(15));

    static final Duration MAX_DELAY = Duration.ofSeconds(60);

    /** The throttled subject's state: consecutive failures, last failure, block end. */
    public record State(int failures, Instant lastFailedAt, Instant blockedUntil) {}

    /** Until when an attempt now must be refused without checking the password; empty = allowed. */
    public Optional<Instant> refusedUntil(State state, Instant now) {
        if (state.blockedUntil() != null && now.isBefore(state.blockedUntil())) {
            return Optional.of(state.blockedUntil());
        }
        if (state.failures() >= delayFrom && state.lastFailedAt() != null) {
            Instant allowedFrom = state.lastFailedAt().plus(delayAfter(state.failures()));
            if (now.isBefore(allowedFrom)) {
                return Optional.of(allowedFrom);
            }
        }
        return Optional.empty();
    }

    /** The state after one more failure; blocks when the failures reach {@code blockAt}. */
    public State afterFailure(State state, Instant now) {
        boolean blockExpired = state.blockedUntil() != null && !now.isBefore(state.blockedUntil());
        boolean stale =
                state.lastFailedAt() != null && !now.isBefore(state.lastFailedAt().plus(blockFor));
        int failures = (blockExpired || stale ? 0 : state.failures()) + 1;
        Instant blockedUntil = failures >= blockAt ? now.plus(blockFor) : null;
        return new State(failures, now, blockedUntil);
    }

    /** Whether this failure is the one that blocks (to tell the account owner once). */
    public boolean justBlocked(State before, State after) {
        return after.blockedUntil() != null
                && (before.blockedUntil() == null
                        || !before.blockedUntil().equals(after.blockedUntil()));
    }

    Duration delayAfter(int failures) {
        int doublings = Math.min(failures - delayFrom, 10);
        Duration delay = Duration.ofSeconds(1L << Math.max(doublings, 0));
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }
}
