package ch.monportail.billing.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Billing's readiness: the nightly debit run is scheduled (a missed timer means no debits). */
@Readiness
@ApplicationScoped
public class BillingHealth implements HealthCheck {

    @Inject private DailyDebitTimer timer;

    @Override
    public HealthCheckResponse call() {
        boolean up;
        try {
            up = timer.isScheduled();
        } catch (RuntimeException stillInitializing) {
            up = false; // asked while the deployment is still starting its beans
        }
        return HealthCheckResponse.named("timers").status(up).build();
    }
}
