package ch.monportail.platform.boundary;

import ch.monportail.platform.control.HealthProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Readiness (MicroProfile Health, served by Payara at {@code /health/ready}): the database answers
 * within two seconds. Like every check of the portal, it names itself and its state, nothing else —
 * the endpoint is public for load balancers.
 */
@org.eclipse.microprofile.health.Readiness
@ApplicationScoped
public class DatabaseHealth implements HealthCheck {

    @Inject private Readiness readiness;

    @Override
    public HealthCheckResponse call() {
        return HealthProbe.of("database", readiness::databaseAnswers);
    }
}
