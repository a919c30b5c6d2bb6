package ch.monportail.billing.boundary;

import ch.monportail.agenda.boundary.ServicesChanged;
import ch.monportail.billing.entity.DebitDay;
import ch.monportail.contract.boundary.ContractChanged;
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

    /** A contract activated or ended from a past day: the child's debited days from then on. */
    void contractChanged(
            @Observes(during = TransactionPhase.AFTER_SUCCESS) ContractChanged change) {
        try {
            for (java.time.LocalDate day :
                    em.createQuery(
                                    "select d.day from DebitDay d where d.day >= :f order by d.day",
                                    java.time.LocalDate.class)
                            .setParameter("f", change.from())
                            .getResultList()) {
                worker.resettle(change.childId(), day);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not settle again " + change, e);
        }
    }

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
