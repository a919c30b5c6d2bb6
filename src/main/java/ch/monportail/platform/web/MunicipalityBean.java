package ch.monportail.platform.web;

import ch.monportail.platform.boundary.Municipalities;
import ch.monportail.platform.entity.Municipality;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.Optional;

/**
 * The municipality's name and service contact for the frame, the login page and the footer — on
 * every page, so read at most once a minute rather than once per request (a change shows within a
 * minute, on every instance).
 */
@Named("municipality")
@ApplicationScoped
public class MunicipalityBean {

    static final Duration FRESH = Duration.ofMinutes(1);

    @Inject private Municipalities municipalities;

    private record Read(Optional<Municipality> municipality, long atNanos) {}

    private volatile Read read;

    private Optional<Municipality> municipality() {
        Read last = read;
        long now = System.nanoTime();
        // not configured yet (a new database): asked again at the next page
        if (last == null
                || last.municipality().isEmpty()
                || now - last.atNanos() > FRESH.toNanos()) {
            last = new Read(municipalities.find(), now);
            read = last;
        }
        return last.municipality();
    }

    public boolean isConfigured() {
        return municipality().isPresent();
    }

    public String getName() {
        return municipality().map(Municipality::getName).orElse("MonPortail");
    }

    public String getServiceName() {
        return municipality().map(Municipality::getServiceName).orElse("");
    }

    public String getServicePhone() {
        return municipality().map(Municipality::getServicePhone).orElse("");
    }

    public String getServiceEmail() {
        return municipality().map(Municipality::getServiceEmail).orElse("");
    }
}
