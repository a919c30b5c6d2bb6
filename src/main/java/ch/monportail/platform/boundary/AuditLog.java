package ch.monportail.platform.boundary;

import ch.monportail.platform.entity.AuditEntry;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * The append-only audit log (DESIGN §2: every login, failure, reset and logout; later every change
 * of family data and money). A line is written in the transaction of the action it records, so a
 * rolled-back action leaves no line.
 */
@Stateless
public class AuditLog {

    @PersistenceContext private EntityManager em;

    @Inject private Clock clock;

    /** Open to all callers: a failed login is recorded before anybody is authenticated. */
    @PermitAll
    public void record(
            Long actorId, String actorLabel, String action, String detail, String clientAddress) {
        em.persist(
                new AuditEntry(
                        clock.instant(), actorId, actorLabel, action, detail, clientAddress));
    }

    @RolesAllowed("ADMIN")
    public List<AuditEntry> latest(int max) {
        return em.createQuery("select a from AuditEntry a order by a.id desc", AuditEntry.class)
                .setMaxResults(max)
                .getResultList();
    }

    /** The latest lines about one actor, newest first; for the actor's own history and tests. */
    @RolesAllowed("ADMIN")
    public List<AuditEntry> latestOf(long actorId, int max) {
        return em.createQuery(
                        "select a from AuditEntry a where a.actorId = :actor order by a.id desc",
                        AuditEntry.class)
                .setParameter("actor", actorId)
                .setMaxResults(max)
                .getResultList();
    }
}
