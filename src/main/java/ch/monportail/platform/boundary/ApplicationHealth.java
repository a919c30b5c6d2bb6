package ch.monportail.platform.boundary;

import ch.monportail.platform.control.HealthProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Liveness ({@code /health/live}): the application is deployed and its persistence unit is open. A
 * database outage alone leaves it live (the portal is only <em>not ready</em>; a restart would not
 * help). The persistence unit is closed for good when a <em>deployment</em> found the database down
 * — Payara opens it on {@code asadmin deploy}, not when a restarted server loads an installed
 * application; images that deploy on every start do that — and then only a restart heals, which is
 * what a supervisor does on DOWN.
 */
@Liveness
@ApplicationScoped
public class ApplicationHealth implements HealthCheck {

    @PersistenceUnit private EntityManagerFactory emf;

    @Override
    public HealthCheckResponse call() {
        return HealthProbe.of("application", emf::isOpen);
    }
}
