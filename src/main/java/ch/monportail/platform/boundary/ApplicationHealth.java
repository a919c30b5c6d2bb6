package ch.monportail.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Liveness ({@code /health/live}): the application is deployed and its code answers. Deliberately
 * independent of the database — a database outage makes the portal not ready, restarting the server
 * would not help.
 */
@Liveness
@ApplicationScoped
public class ApplicationHealth implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.up("application");
    }
}
