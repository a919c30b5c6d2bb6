package ch.monportail.platform.control;

import java.util.function.BooleanSupplier;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * One MicroProfile Health answer: the check's name and UP or DOWN — nothing else (the endpoint is
 * public). A check that throws is DOWN: Payara asks the checks while a deployment is still starting
 * its beans, and a failing check must not log a stack trace at every probe.
 */
public final class HealthProbe {

    private HealthProbe() {}

    public static HealthCheckResponse of(String name, BooleanSupplier check) {
        boolean up;
        try {
            up = check.getAsBoolean();
        } catch (RuntimeException stillStartingOrFailing) {
            up = false;
        }
        return HealthCheckResponse.named(name).status(up).build();
    }
}
