package ch.monportail.platform.boundary;

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
        boolean up;
        try {
            up = migrations.upToDate();
        } catch (RuntimeException stillInitializing) {
            up = false; // asked while the deployment is still starting its beans
        }
        return HealthCheckResponse.named("schema").status(up).build();
    }
}
