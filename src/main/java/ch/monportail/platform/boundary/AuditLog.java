package ch.monportail.platform.boundary;

import ch.monportail.platform.entity.AuditEntry;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
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

    /** A filter of the audit log; null fields do not filter. */
    public record Filter(String who, String action, Instant from, Instant to) {}

    /** Lines matching the filter, newest first, at most {@code max}. */
    @RolesAllowed("ADMIN")
    public List<AuditEntry> search(Filter filter, int max) {
        StringBuilder jpql = new StringBuilder("select a from AuditEntry a where 1 = 1");
        if (filter.who() != null && !filter.who().isBlank()) {
            jpql.append(" and lower(a.actorLabel) like :who");
        }
        if (filter.action() != null && !filter.action().isBlank()) {
            jpql.append(" and a.action = :action");
        }
        if (filter.from() != null) {
            jpql.append(" and a.occurredAt >= :from");
        }
        if (filter.to() != null) {
            jpql.append(" and a.occurredAt < :to");
        }
        var query = em.createQuery(jpql.append(" order by a.id desc").toString(), AuditEntry.class);
        if (filter.who() != null && !filter.who().isBlank()) {
            query.setParameter(
                    "who", "%" + filter.who().strip().toLowerCase(java.util.Locale.ROOT) + "%");
        }
        if (filter.action() != null && !filter.action().isBlank()) {
            query.setParameter("action", filter.action());
        }
        if (filter.from() != null) {
            query.setParameter("from", filter.from());
        }
        if (filter.to() != null) {
            query.setParameter("to", filter.to());
        }
        return query.setMaxResults(max).getResultList();
    }

    /** The kinds of events recorded so far, for the filter's list. */
    @RolesAllowed("ADMIN")
    public List<String> actions() {
        return em.createQuery(
                        "select distinct a.action from AuditEntry a order by a.action",
                        String.class)
                .getResultList();
    }

    /**
     * Retention (DESIGN: configurable): lines older than {@code monportail.audit-retention-days}
     * ({@code MONPORTAIL_AUDIT_RETENTION_DAYS}, default 3,653 — ten years) are deleted by a daily
     * timer. This is the only way a line ever leaves the log.
     */
    @PermitAll
    public int purgeOlderThan(Instant limit) {
        return em.createQuery("delete from AuditEntry a where a.occurredAt < :limit")
                .setParameter("limit", limit)
                .executeUpdate();
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
