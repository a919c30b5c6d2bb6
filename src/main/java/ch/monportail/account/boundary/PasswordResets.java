package ch.monportail.account.boundary;

import ch.monportail.account.control.PasswordPolicy;
import ch.monportail.account.control.ResetToken;
import ch.monportail.account.entity.Account;
import ch.monportail.account.entity.PasswordResetToken;
import ch.monportail.platform.boundary.AuditLog;
import ch.monportail.platform.boundary.Outbox;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * « Mot de passe oublié » (user guide, DESIGN §2): the same flow serves the first login and every
 * later reset.
 *
 * <ul>
 *   <li>A request always gets the same answer; only a known, enabled account gets an e-mail, at
 *       most {@link #PER_ACCOUNT_PER_HOUR} per hour, and at most {@link #PER_CLIENT_PER_HOUR}
 *       requests per client address per hour are acted on.
 *   <li>A new request retires the account's older tokens; a token is valid 30 minutes, once.
 *   <li>Completing sets the password (policy checked), ends every other session of the account,
 *       lifts a login block, and tells the owner by e-mail.
 * </ul>
 */
@Stateless
@PermitAll
public class PasswordResets {

    public static final String RESET_REQUESTED = "RESET_REQUESTED";
    public static final String RESET_COMPLETED = "RESET_COMPLETED";
    static final int PER_ACCOUNT_PER_HOUR = 5;
    static final int PER_CLIENT_PER_HOUR = 20;

    @PersistenceContext private EntityManager em;

    @Inject private Outbox outbox;

    @Inject private AuditLog auditLog;

    @Inject private Accounts accounts;

    @Inject private Clock clock;

    /**
     * Handles a request; {@code resetPageUrl} is the absolute URL of the set-password page, to
     * which the token is appended.
     */
    public void request(String email, String clientAddress, String resetPageUrl) {
        Instant now = clock.instant();
        Instant hourAgo = now.minus(Duration.ofHours(1));
        long fromClient =
                em.createQuery(
                                "select count(a) from AuditEntry a where a.clientAddress = :client"
                                        + " and a.action = :action and a.occurredAt > :since",
                                Long.class)
                        .setParameter("client", clientAddress)
                        .setParameter("action", RESET_REQUESTED)
                        .setParameter("since", hourAgo)
                        .getSingleResult();
        Optional<Account> account =
                Account.tryNormalizeEmail(email)
                        .flatMap(
                                e ->
                                        em.createQuery(
                                                        "select a from Account a where a.email = :e",
                                                        Account.class)
                                                .setParameter("e", e)
                                                .getResultStream()
                                                .findFirst());
        String outcome = decide(account, fromClient, hourAgo);
        auditLog.record(
                account.map(Account::getId).orElse(null),
                email,
                RESET_REQUESTED,
                outcome,
                clientAddress);
        if (!"sent".equals(outcome)) {
            return;
        }
        Account target = account.get();
        em.createQuery(
                        "update PasswordResetToken t set t.usedAt = :now"
                                + " where t.account = :account and t.usedAt is null")
                .setParameter("now", now)
                .setParameter("account", target)
                .executeUpdate();
        ResetToken token = ResetToken.generate();
        em.persist(new PasswordResetToken(target, token.hash(), now, clientAddress));
        outbox.send(
                "passwordReset",
                target.getLanguage(),
                target.getEmail(),
                target.getFirstName(),
                resetPageUrl + token.token(),
                PasswordResetToken.VALIDITY.toMinutes());
    }

    private String decide(Optional<Account> account, long fromClient, Instant hourAgo) {
        if (fromClient >= PER_CLIENT_PER_HOUR) {
            return "client limit";
        }
        if (account.isEmpty()) {
            return "unknown";
        }
        if (!account.get().isEnabled()) {
            return "disabled";
        }
        long forAccount =
                em.createQuery(
                                "select count(t) from PasswordResetToken t where t.account = :a"
                                        + " and t.createdAt > :since",
                                Long.class)
                        .setParameter("a", account.get())
                        .setParameter("since", hourAgo)
                        .getSingleResult();
        return forAccount >= PER_ACCOUNT_PER_HOUR ? "account limit" : "sent";
    }

    /** The first name of the token's account when the token can still be used. */
    public Optional<String> firstNameFor(String token) {
        return usable(token).map(t -> t.getAccount().getFirstName());
    }

    /**
     * Sets the new password with a usable token; returns the account's e-mail, with which the page
     * logs the user in.
     */
    public String complete(String token, char[] newPassword, String clientAddress) {
        PasswordResetToken reset = usable(token).orElseThrow(InvalidResetTokenException::new);
        Account account = reset.getAccount();
        PasswordPolicy.violation(new String(newPassword), account.getEmail())
                .ifPresent(
                        key -> {
                            throw new PasswordRejectedException(key);
                        });
        reset.retire(clock.instant());
        accounts.applyNewPassword(account, newPassword, clientAddress);
        auditLog.record(account.getId(), account.getEmail(), RESET_COMPLETED, null, clientAddress);
        return account.getEmail();
    }

    private Optional<PasswordResetToken> usable(String token) {
        return AccountTokens.findUsable(em, PasswordResetToken.class, token, clock.instant());
    }
}
