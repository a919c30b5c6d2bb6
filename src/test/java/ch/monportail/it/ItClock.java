package ch.monportail.it;

import ch.monportail.platform.boundary.Clocks;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Test-only (deployed by the ITs that need it, never in the product's WAR): replaces the
 * application's clock with one that runs from a moment the test chooses ({@link ItClockServlet}),
 * so a journey can stand just before or after an absence's cut-off whatever the day CI runs.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
public class ItClock {

    private static volatile Duration offset = Duration.ZERO;

    static void set(Instant now) {
        offset = Duration.between(Instant.now(), now);
    }

    static void reset() {
        offset = Duration.ZERO;
    }

    @Produces
    @Singleton
    public Clock clock() {
        return new Shifted();
    }

    private static final class Shifted extends Clock {
        @Override
        public ZoneId getZone() {
            return Clocks.COMMUNE_ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(Clock.system(zone), offset);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }
}
