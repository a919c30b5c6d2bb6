package ch.monportail.account.boundary;

import ch.monportail.account.control.PasswordHasher;
import ch.monportail.account.entity.Account;
import ch.monportail.account.entity.Role;
import ch.monportail.platform.boundary.AuditLog;
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
import java.util.Optional;

/** Accounts: authentication against the database, the caller's own account, its language. */
@Stateless
public class Accounts {

    public static final String LOGIN = "LOGIN";
    public static final String LOGIN_FAILED = "LOGIN_FAILED";
    public static final String LOGOUT = "LOGOUT";

    @PersistenceContext private EntityManager em;

    @Resource private SessionContext session;

    @Inject private PasswordHasher hasher;

    @Inject private AuditLog auditLog;

    @Inject private Clock clock;

    /**
     * Checks e-mail and password. Unknown e-mail, account without password, disabled account and
     * wrong password all give an empty result after the same hashing work, and are all audited. A
     * hash made under an older policy is replaced by one of the current policy.
     */
    @PermitAll
    public Optional<Account> authenticate(String email, char[] password, String clientAddress) {
        Optional<Account> found = Account.tryNormalizeEmail(email).flatMap(this::findByEmail);
        if (found.isEmpty() || !found.get().canLogIn()) {
            hasher.verifyDecoy(password);
            found.ifPresent(account -> account.loginFailed(clock.instant()));
            auditLog.record(
                    found.map(Account::getId).orElse(null),
                    email,
                    LOGIN_FAILED,
                    found.isEmpty() ? "unknown e-mail" : "account cannot log in",
                    clientAddress);
            return Optional.empty();
        }
        Account account = found.get();
        if (!hasher.verify(password, account.getPasswordHash())) {
            account.loginFailed(clock.instant());
            auditLog.record(account.getId(), email, LOGIN_FAILED, "wrong password", clientAddress);
            return Optional.empty();
        }
        if (hasher.needsRehash(account.getPasswordHash())) {
            account.setPasswordHash(hasher.hash(password));
        }
        account.loginSucceeded(clock.instant());
        auditLog.record(account.getId(), account.getEmail(), LOGIN, null, clientAddress);
        return Optional.of(account);
    }

    @PermitAll
    public Optional<Account> findByEmail(String normalizedEmail) {
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

    /** Remembers the caller's language (fr, de, en) for the next login. */
    @RolesAllowed({Role.PARENT_NAME, Role.EDUCATOR_NAME, Role.ADMIN_NAME})
    public void changeLanguage(String language) {
        findCaller().ifPresent(account -> account.changeLanguage(language));
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

    /** Creates an account, with a password when one is given (demo data, tests). */
    @RolesAllowed(Role.ADMIN_NAME)
    public Account create(Account account, char[] password) {
        if (password != null) {
            account.setPasswordHash(hasher.hash(password));
        }
        em.persist(account);
        return account;
    }

    private Optional<Account> findCaller() {
        try {
            long id = Long.parseLong(session.getCallerPrincipal().getName());
            return Optional.ofNullable(em.find(Account.class, id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
