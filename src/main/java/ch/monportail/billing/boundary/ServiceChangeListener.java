package ch.monportail.billing.boundary;

import ch.monportail.agenda.boundary.ServicesChanged;
import ch.monportail.billing.entity.DebitDay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A change to a day already debited (an absence excused, a certificate accepted) settles that
 * child's day again at once: a reversing entry, never an edit. A day not yet debited is left to the
 * nightly run. If this fails (the database away a moment), the ADMIN's run over the period books
 * it: settling is idempotent.
 */
@ApplicationScoped
public class ServiceChangeListener {

    private static final Logger LOG = Logger.getLogger(ServiceChangeListener.class.getName());

    @Inject private DebitWorker worker;

    @PersistenceContext private EntityManager em;

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ServicesChanged change) {
        try {
            if (em.find(DebitDay.class, change.day()) != null) {
                worker.resettle(change.childId(), change.day());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not settle again " + change, e);
        }
    }
}
