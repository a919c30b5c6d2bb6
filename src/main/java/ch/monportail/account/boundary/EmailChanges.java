package ch.monportail.account.boundary;

import ch.monportail.account.control.ResetToken;
import ch.monportail.account.entity.Account;
import ch.monportail.account.entity.EmailChange;
import ch.monportail.account.entity.Role;
import ch.monportail.platform.boundary.AuditLog;
import ch.monportail.platform.boundary.Outbox;
import ch.monportail.platform.control.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Changing the e-mail address, the login identifier (issue "Accounts", DESIGN §3): requested by the
 * ADMIN (or later by the user), it takes effect when the link sent to the <em>new</em> address is
 * opened; the old address is then told. The address stays unique, checked at request and at
 * confirmation. Sessions stay valid: the caller principal is the account id.
 */
@Stateless
public class EmailChanges {

    public static final String EMAIL_CHANGE_REQUESTED = "EMAIL_CHANGE_REQUESTED";
    public static final String EMAIL_CHANGED = "EMAIL_CHANGED";

    @PersistenceContext private EntityManager em;

    @Resource private SessionContext session;

    @Inject private AuditLog auditLog;

    @Inject private Outbox outbox;

    @Inject private Clock clock;

    /**
     * ADMIN asks for a new address of an account; {@code confirmPageUrl} gets the token appended.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public void request(long accountId, String newEmail, String confirmPageUrl) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw new NotFoundException();
        }
        send(account, newEmail, confirmPageUrl);
    }

    /**
     * A logged-in user asks for a new address of their own account (« Données personnelles »); it
     * takes effect, as for the ADMIN's request, when the link sent to the new address is opened.
     */
    @RolesAllowed({Role.PARENT_NAME, Role.EDUCATOR_NAME, Role.ADMIN_NAME})
    public void requestOwn(String newEmail, String confirmPageUrl) {
        Account account = em.find(Account.class, callerId());
        if (account == null) {
            throw new NotFoundException();
        }
        send(account, newEmail, confirmPageUrl);
    }

    /**
     * The ADMIN changes an account's address directly, without the confirmation link: the service
     * corrects an address the representative gave it (at the counter, by letter, by phone after
     * checking who calls), often because the old one is mistyped or no longer read — a link sent
     * there, or the representative's own confirmation, is exactly what cannot be had. The change is
     * in the audit log (old → new, the ADMIN as actor) and the old address is told, as after a
     * confirmed change, so a change nobody asked for is noticed. Returns whether the address
     * changed.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public boolean changeByAdmin(long accountId, String newEmail) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw new NotFoundException();
        }
        String normalized =
                Account.tryNormalizeEmail(newEmail).orElseThrow(InvalidAccountException::new);
        String old = account.getEmail();
        if (normalized.equals(old)) {
            return false;
        }
        if (taken(normalized)) {
            throw new DuplicateEmailException();
        }
        em.createQuery(
                        "update EmailChange c set c.usedAt = :now where c.account = :a and c.usedAt is null")
                .setParameter("now", clock.instant())
                .setParameter("a", account)
                .executeUpdate();
        account.changeEmail(normalized);
        auditLog.record(
                callerId(), old, EMAIL_CHANGED, "to " + normalized + " by the service", null);
        outbox.send("emailChanged", account.getLanguage(), old, account.getFirstName(), normalized);
        return true;
    }

    private void send(Account account, String newEmail, String confirmPageUrl) {
        String normalized =
                Account.tryNormalizeEmail(newEmail).orElseThrow(InvalidAccountException::new);
        if (taken(normalized)) {
            throw new DuplicateEmailException();
        }
        Instant now = clock.instant();
        em.createQuery(
                        "update EmailChange c set c.usedAt = :now where c.account = :a and c.usedAt is null")
                .setParameter("now", now)
                .setParameter("a", account)
                .executeUpdate();
        ResetToken token = ResetToken.generate();
        em.persist(new EmailChange(account, normalized, token.hash(), now));
        outbox.send(
                "emailChange",
                account.getLanguage(),
                normalized,
                account.getFirstName(),
                confirmPageUrl + token.token(),
                EmailChange.VALIDITY.toHours());
        auditLog.record(
                callerId(), account.getEmail(), EMAIL_CHANGE_REQUESTED, "to " + normalized, null);
    }

    /** Opens the link: the new address when it took effect, empty when the link is not usable. */
    @PermitAll
    public Optional<String> confirm(String token, String clientAddress) {
        Optional<EmailChange> change =
                AccountTokens.findUsable(em, EmailChange.class, token, clock.instant());
        if (change.isEmpty()) {
            return Optional.empty();
        }
        EmailChange c = change.get();
        c.retire(clock.instant());
        if (taken(c.getNewEmail())) {
            throw new DuplicateEmailException();
        }
        Account account = c.getAccount();
        String old = account.getEmail();
        account.changeEmail(c.getNewEmail());
        auditLog.record(
                account.getId(), old, EMAIL_CHANGED, "to " + c.getNewEmail(), clientAddress);
        outbox.send(
                "emailChanged",
                account.getLanguage(),
                old,
                account.getFirstName(),
                c.getNewEmail());
        return Optional.of(c.getNewEmail());
    }

    private boolean taken(String normalizedEmail) {
        return !em.createQuery("select a.id from Account a where a.email = :e", Long.class)
                .setParameter("e", normalizedEmail)
                .getResultList()
                .isEmpty();
    }

    private Long callerId() {
        try {
            return Long.valueOf(session.getCallerPrincipal().getName());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
