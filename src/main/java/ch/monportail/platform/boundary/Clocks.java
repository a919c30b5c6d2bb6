package ch.monportail.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The one source of "now": every rule takes time from an injected {@link Clock} in the commune's
 * time zone (Europe/Zurich), so tests can fix it and no rule reads the server's zone.
 */
@ApplicationScoped
public class Clocks {

    public static final ZoneId COMMUNE_ZONE = ZoneId.of("Europe/Zurich");

    @Produces
    @Singleton
    public Clock clock() {
        return Clock.system(COMMUNE_ZONE);
    }
}
