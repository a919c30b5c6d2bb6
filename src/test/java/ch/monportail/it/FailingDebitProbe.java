package ch.monportail.it;

import ch.monportail.billing.boundary.DebitProbe;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test-only: the debit run's probe that fails once N debits were booked in the run (armed by {@link
 * BillingServlet}), to prove that a crash in the middle of a day leaves nothing of that day —
 * either by throwing, or (PostgreSQL) by having the database kill the run's own connection ({@code
 * pg_terminate_backend}), as a database restart or a network cut would.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
public class FailingDebitProbe extends DebitProbe {

    private static final AtomicInteger LEFT = new AtomicInteger(Integer.MAX_VALUE);

    private static final AtomicInteger KILLS = new AtomicInteger();

    @PersistenceContext private EntityManager em;

    static void failAfter(int debits) {
        KILLS.set(0);
        LEFT.set(debits);
    }

    /**
     * Kills the connection after that many debits, then at the next debit, {@code times} in all.
     */
    static void killConnectionAfter(int debits, int times) {
        KILLS.set(times);
        LEFT.set(debits);
    }

    static void disarm() {
        LEFT.set(Integer.MAX_VALUE);
        KILLS.set(0);
    }

    @Override
    public void booked(long runId, int debitsOfDay) {
        if (LEFT.decrementAndGet() < 0) {
            if (KILLS.get() > 0) {
                LEFT.set(KILLS.decrementAndGet() > 0 ? 0 : Integer.MAX_VALUE);
                em.flush();
                em.createNativeQuery("select pg_terminate_backend(pg_backend_pid())")
                        .getSingleResult();
            }
            throw new IllegalStateException("injected crash after the debits allowed");
        }
    }
}
