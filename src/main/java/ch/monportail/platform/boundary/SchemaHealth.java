package ch.monportail.platform.boundary;

import ch.monportail.platform.control.HealthProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/** Readiness: the database holds every migration of this build ({@link Migrations#upToDate}). */
@org.eclipse.microprofile.health.Readiness
@ApplicationScoped
public class SchemaHealth implements HealthCheck {

    @Inject private Migrations migrations;

    @Override
    public HealthCheckResponse call() {
        return HealthProbe.of("schema", migrations::upToDate);
    }
}
