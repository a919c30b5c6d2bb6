package ch.monportail.it;

import ch.monportail.billing.boundary.DebitProbe;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test-only: the debit run's probe that fails once N debits were booked in the run (armed by {@link
 * BillingServlet}), to prove that a crash in the middle of a day leaves nothing of that day.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
public class FailingDebitProbe extends DebitProbe {

    private static final AtomicInteger LEFT = new AtomicInteger(Integer.MAX_VALUE);

    static void failAfter(int debits) {
        LEFT.set(debits);
    }

    static void disarm() {
        LEFT.set(Integer.MAX_VALUE);
    }

    @Override
    public void booked(long runId, int debitsOfDay) {
        if (LEFT.decrementAndGet() < 0) {
            throw new IllegalStateException("injected crash after the debits allowed");
        }
    }
}
