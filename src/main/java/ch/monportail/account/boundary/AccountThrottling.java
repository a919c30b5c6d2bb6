package ch.monportail.account.boundary;

import ch.monportail.account.control.LoginThrottle;
import ch.monportail.account.entity.Account;
import ch.monportail.platform.boundary.AuditLog;
import ch.monportail.platform.boundary.Outbox;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;

/**
 * Records a failed password or second-factor code on an account ({@link LoginThrottle#ACCOUNT}): a
 * bulk update, not a versioned entity write, so simultaneous failures never end in an
 * optimistic-lock error; the failure that blocks the account tells its owner by e-mail.
 */
@Stateless
@PermitAll
public class AccountThrottling {

    public static final String ACCOUNT_BLOCKED = "ACCOUNT_BLOCKED";

    @PersistenceContext private EntityManager em;

    @Inject private AuditLog auditLog;

    @Inject private Outbox outbox;

    public void failed(Account account, Instant now) {
        LoginThrottle.State before = account.throttleState();
        LoginThrottle.State after = LoginThrottle.ACCOUNT.afterFailure(before, now);
        // no null parameter: EclipseLink binds it as text, which PostgreSQL refuses for a timestamp
        var update =
                em.createQuery(
                                "update Account a set a.failedLogins = :failures, a.lastFailedAt = :at,"
                                        + (after.blockedUntil() == null
                                                ? " a.blockedUntil = null"
                                                : " a.blockedUntil = :until")
                                        + " where a.id = :id")
                        .setParameter("failures", after.failures())
                        .setParameter("at", after.lastFailedAt())
                        .setParameter("id", account.getId());
        if (after.blockedUntil() != null) {
            update.setParameter("until", after.blockedUntil());
        }
        update.executeUpdate();
        if (LoginThrottle.ACCOUNT.justBlocked(before, after)) {
            auditLog.record(
                    account.getId(),
                    account.getEmail(),
                    ACCOUNT_BLOCKED,
                    "until " + after.blockedUntil(),
                    null);
            outbox.send(
                    "accountBlocked",
                    account.getLanguage(),
                    account.getEmail(),
                    account.getFirstName(),
                    Duration.between(now, after.blockedUntil()).toMinutes());
        }
    }

    public boolean refused(Account account, Instant now) {
        return LoginThrottle.ACCOUNT.refusedUntil(account.throttleState(), now).isPresent();
    }
}
