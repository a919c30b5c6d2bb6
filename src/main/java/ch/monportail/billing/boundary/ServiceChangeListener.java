package ch.monportail.billing.boundary;

import ch.monportail.agenda.boundary.ServicesChanged;
import ch.monportail.contract.boundary.ContractChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A change to services already debited (an absence excused or recorded by the staff, an extra care
 * approved late, a contract activated or ended from a past day, a certificate accepted) asks, in
 * the transaction of the change, for the child's days to be settled again ({@link
 * SettleAgainQueue}); after the commit they are settled at once: a reversing entry, never an edit.
 * What fails then is settled by the nightly run.
 */
@ApplicationScoped
public class ServiceChangeListener {

    private static final Logger LOG = Logger.getLogger(ServiceChangeListener.class.getName());

    @Inject private SettleAgainQueue queue;

    void contractChanging(@Observes ContractChanged change) {
        queue.request(change.childId(), change.from(), null);
    }

    void changing(@Observes ServicesChanged change) {
        queue.request(change.childId(), change.day(), change.day());
    }

    void contractChanged(
            @Observes(during = TransactionPhase.AFTER_SUCCESS) ContractChanged change) {
        settle(change.childId());
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ServicesChanged change) {
        settle(change.childId());
    }

    private void settle(long childId) {
        try {
            queue.drainChild(childId);
        } catch (RuntimeException e) {
            // the request stays: the nightly run settles it
            LOG.log(Level.WARNING, "Could not settle again the days of child " + childId, e);
        }
    }
}
