package ch.monportail.platform.boundary;

import ch.monportail.platform.control.HealthProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Readiness: the deployment has finished and the pages are served ({@link Readiness#isStarted}).
 */
@org.eclipse.microprofile.health.Readiness
@ApplicationScoped
public class StartedHealth implements HealthCheck {

    @Inject private Readiness readiness;

    @Override
    public HealthCheckResponse call() {
        return HealthProbe.of("started", readiness::isStarted);
    }
}
