package ch.monportail.billing.boundary;

import ch.monportail.platform.control.HealthProbe;
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
        return HealthProbe.of("timers", timer::isScheduled);
    }
}
