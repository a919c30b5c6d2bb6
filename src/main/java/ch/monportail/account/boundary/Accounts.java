package ch.monportail.account.boundary;

import ch.monportail.account.control.LoginThrottle;
import ch.monportail.account.control.PasswordHasher;
import ch.monportail.account.control.PasswordPolicy;
import ch.monportail.account.entity.Account;
import ch.monportail.account.entity.Role;
import ch.monportail.platform.boundary.AuditLog;
import ch.monportail.platform.boundary.Outbox;
import ch.monportail.platform.control.NotFoundException;
import ch.monportail.platform.control.SwissFormat;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Accounts: authentication with throttling, the caller's own account, language and password.
 *
 * <p>Counters of failed and successful logins are written with bulk updates, not through the
 * versioned entity: two simultaneous attempts on one account must not end in an optimistic-lock
 * error (which would also tell that the account exists).
 */
@Stateless
public class Accounts {

    public static final String LOGIN = "LOGIN";
    public static final String LOGIN_FAILED = "LOGIN_FAILED";
    public static final String LOGIN_REFUSED = "LOGIN_REFUSED";
    public static final String LOGOUT = "LOGOUT";
    public static final String PASSWORD_CHANGED = "PASSWORD_CHANGED";

    @PersistenceContext private EntityManager em;

    @Resource private SessionContext session;

    @Inject private PasswordHasher hasher;

    @Inject private AuditLog auditLog;

    @Inject private Outbox outbox;

    @Inject private ClientThrottles clientThrottles;

    @Inject private AccountThrottling throttling;

    @Inject private Clock clock;

    /**
     * Checks e-mail and password. A throttled client address or account is refused before any
     * hashing. Unknown e-mail, account without password, disabled account and wrong password all
     * give an empty result after the same hashing work, and are all audited. A hash made under an
     * older policy is replaced by one of the current policy.
     */
    @PermitAll
    public Optional<Account> authenticate(String email, char[] password, String clientAddress) {
        Instant now = clock.instant();
        if (clientThrottles.refusedUntil(clientAddress, now).isPresent()) {
            auditLog.record(null, email, LOGIN_REFUSED, "client", clientAddress);
            return Optional.empty();
        }
        Optional<Account> found = Account.tryNormalizeEmail(email).flatMap(this::byEmail);
        if (found.isPresent()
                && LoginThrottle.ACCOUNT
                        .refusedUntil(found.get().throttleState(), now)
                        .isPresent()) {
            auditLog.record(found.get().getId(), email, LOGIN_REFUSED, "account", clientAddress);
            clientFailed(clientAddress, now);
            return Optional.empty();
        }
        if (found.isEmpty() || !found.get().canLogIn()) {
            hasher.verifyDecoy(password);
            clientFailed(clientAddress, now);
            auditLog.record(
                    found.map(Account::getId).orElse(null),
                    email,
                    LOGIN_FAILED,
                    found.isEmpty() ? "unknown" : "disabled",
                    clientAddress);
            return Optional.empty();
        }
        Account account = found.get();
        if (!hasher.verify(password, account.getPasswordHash())) {
            throttling.failed(account, now);
            clientFailed(clientAddress, now);
            auditLog.record(account.getId(), email, LOGIN_FAILED, "password", clientAddress);
            return Optional.empty();
        }
        String hash =
                hasher.needsRehash(account.getPasswordHash())
                        ? hasher.hash(password)
                        : account.getPasswordHash();
        em.createQuery(
                        "update Account a set a.lastLoginAt = :now, a.failedLogins = 0,"
                                + " a.blockedUntil = null, a.passwordHash = :hash where a.id = :id")
                .setParameter("now", now)
                .setParameter("hash", hash)
                .setParameter("id", account.getId())
                .executeUpdate();
        em.detach(account);
        auditLog.record(account.getId(), account.getEmail(), LOGIN, null, clientAddress);
        return Optional.of(em.find(Account.class, account.getId()));
    }

    private void clientFailed(String clientAddress, Instant now) {
        try {
            clientThrottles.failed(clientAddress, now);
        } catch (EJBException e) {
            // a concurrent first failure from the same address created the row: one count lost
        }
    }

    private Optional<Account> byEmail(String normalizedEmail) {
        return em.createQuery("select a from Account a where a.email = :email", Account.class)
                .setParameter("email", normalizedEmail)
                .getResultStream()
                .findFirst();
    }

    /** The caller's own account. */
    @RolesAllowed({Role.PARENT_NAME, Role.EDUCATOR_NAME, Role.ADMIN_NAME})
    public Account current() {
        return findCaller().orElseThrow(NotFoundException::new);
    }

    /** The caller's security stamp: it changes with the password, ending older sessions. */
    @RolesAllowed({Role.PARENT_NAME, Role.EDUCATOR_NAME, Role.ADMIN_NAME})
    public int currentSecurityStamp() {
        // read on every private page: the one column, not the account
        return callerId()
                .flatMap(
                        id ->
                                em
                                        .createQuery(
                                                "select a.securityStamp from Account a"
                                                        + " where a.id = :id",
                                                Integer.class)
                                        .setParameter("id", id)
                                        .getResultList()
                                        .stream()
                                        .findFirst())
                .orElse(-1);
    }

    /** Remembers the caller's language (fr, de, en) for the next login. */
    @RolesAllowed({Role.PARENT_NAME, Role.EDUCATOR_NAME, Role.ADMIN_NAME})
    public void changeLanguage(String language) {
        findCaller().ifPresent(account -> account.changeLanguage(language));
    }

    /**
     * The caller changes their password, proving the current one. Every other session of the
     * account ends (security stamp); the owner is told by e-mail. Returns the new stamp, which the
     * caller's own session keeps.
     */
    @RolesAllowed({Role.PARENT_NAME, Role.EDUCATOR_NAME, Role.ADMIN_NAME})
    public int changePassword(char[] currentPassword, char[] newPassword, String clientAddress) {
        Account account = current();
        if (!hasher.verify(currentPassword, account.getPasswordHash())) {
            auditLog.record(
                    account.getId(),
                    account.getEmail(),
                    LOGIN_FAILED,
                    "current password",
                    clientAddress);
            throw new PasswordRejectedException("password.currentWrong");
        }
        PasswordPolicy.violation(new String(newPassword), account.getEmail())
                .ifPresent(
                        key -> {
                            throw new PasswordRejectedException(key);
                        });
        applyNewPassword(account, newPassword, clientAddress);
        return account.getSecurityStamp();
    }

    /**
     * Sets a new password, ends the other sessions, tells the owner. Only for flows that have
     * proved the owner: the current password ({@link #changePassword}) or a reset token ({@link
     * PasswordResets#complete}); the policy is checked by them.
     */
    @PermitAll
    public void applyNewPassword(Account account, char[] newPassword, String clientAddress) {
        Instant now = clock.instant();
        account.passwordChanged(hasher.hash(newPassword), now);
        auditLog.record(account.getId(), account.getEmail(), PASSWORD_CHANGED, null, clientAddress);
        outbox.send(
                "passwordChanged",
                account.getLanguage(),
                account.getEmail(),
                account.getFirstName(),
                SwissFormat.dateTime(LocalDateTime.ofInstant(now, clock.getZone())));
    }

    @RolesAllowed({Role.PARENT_NAME, Role.EDUCATOR_NAME, Role.ADMIN_NAME})
    public void recordLogout(String clientAddress) {
        findCaller()
                .ifPresent(
                        account ->
                                auditLog.record(
                                        account.getId(),
                                        account.getEmail(),
                                        LOGOUT,
                                        null,
                                        clientAddress));
    }

    /** Creates an account, with a password when one is given (tests, first administrator). */
    @RolesAllowed(Role.ADMIN_NAME)
    public Account create(Account account, char[] password) {
        if (password != null) {
            account.setPasswordHash(hasher.hash(password));
        }
        em.persist(account);
        return account;
    }

    private Optional<Account> findCaller() {
        return callerId().map(id -> em.find(Account.class, id));
    }

    private Optional<Long> callerId() {
        try {
            return Optional.of(Long.parseLong(session.getCallerPrincipal().getName()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
