package ch.monportail.billing.boundary;

import ch.monportail.billing.entity.SettleAgain;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The child's days to settle again after a change to services already debited (DESIGN §7): the
 * request is written in the transaction of the change — both commit or neither — then settled at
 * once after the commit, and whatever could not be settled then (the database away a moment, a
 * collision) is settled by the nightly run. Settling is idempotent, so a request settled twice
 * books nothing twice. No caller check: the billing's own listener and timer call it.
 */
@Stateless
@PermitAll
public class SettleAgainQueue {

    private static final Logger LOG = Logger.getLogger(SettleAgainQueue.class.getName());

    @PersistenceContext private EntityManager em;

    @Inject private DebitWorker worker;

    @Inject private Clock clock;

    @Resource private SessionContext context;

    /** Asks for the child's debited days from {@code first} to {@code last} (null: all) again. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void request(long childId, LocalDate first, LocalDate last) {
        em.persist(new SettleAgain(childId, first, last, clock.instant()));
    }

    /** Settles the requests of one child (after its change committed). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int drainChild(long childId) {
        return drain(
                em.createQuery(
                                "select s.id from SettleAgain s where s.childId = :c order by s.id",
                                Long.class)
                        .setParameter("c", childId)
                        .getResultList());
    }

    /** Settles every request still waiting (the nightly run). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int drainAll() {
        return drain(
                em.createQuery("select s.id from SettleAgain s order by s.id", Long.class)
                        .getResultList());
    }

    /** How many requests wait (shown on the ADMIN's runs page). */
    public long waiting() {
        return em.createQuery("select count(s) from SettleAgain s", Long.class).getSingleResult();
    }

    private int drain(List<Long> ids) {
        SettleAgainQueue self = context.getBusinessObject(SettleAgainQueue.class);
        int settled = 0;
        for (Long id : ids) {
            try {
                try {
                    self.settle(id);
                } catch (RuntimeException collided) {
                    // a run booked the same day at the same moment: settled again, it is done
                    self.settle(id);
                }
                settled++;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not settle again request " + id, e);
                self.failed(id, e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        return settled;
    }

    /**
     * Settles the request's debited days, each in its own transaction, then deletes the request;
     * gone already (settled by another thread): nothing.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void settle(long id) {
        SettleAgain request = em.find(SettleAgain.class, id);
        if (request == null) {
            return;
        }
        var days =
                em.createQuery(
                                "select d.day from DebitDay d where d.day >= :f"
                                        + (request.getLastDay() == null ? "" : " and d.day <= :l")
                                        + " order by d.day",
                                LocalDate.class)
                        .setParameter("f", request.getFirstDay());
        if (request.getLastDay() != null) {
            days.setParameter("l", request.getLastDay());
        }
        for (LocalDate day : days.getResultList()) {
            worker.resettle(request.getChildId(), day);
        }
        context.getBusinessObject(SettleAgainQueue.class).delete(id);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void delete(long id) {
        em.createQuery("delete from SettleAgain s where s.id = :id")
                .setParameter("id", id)
                .executeUpdate();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(long id, String error) {
        SettleAgain request = em.find(SettleAgain.class, id);
        if (request != null) {
            request.failed(error);
        }
    }
}
