package ch.monportail.account.boundary;

import ch.monportail.account.entity.Account;
import ch.monportail.account.entity.Role;
import ch.monportail.platform.boundary.AuditLog;
import ch.monportail.platform.boundary.Outbox;
import ch.monportail.platform.control.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * The ADMIN's account administration (DESIGN §2: accounts are created by the service, without a
 * password): create with an optional invitation e-mail that explains the « Mot de passe oublié »
 * first step, send the invitation again, disable / enable, lift a login block. Every action is in
 * the audit log with the ADMIN as actor.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class AccountAdministration {

    public static final String ACCOUNT_CREATED = "ACCOUNT_CREATED";
    public static final String ACCOUNT_INVITED = "ACCOUNT_INVITED";
    public static final String ACCOUNT_DISABLED = "ACCOUNT_DISABLED";
    public static final String ACCOUNT_ENABLED = "ACCOUNT_ENABLED";
    public static final String ACCOUNT_UNBLOCKED = "ACCOUNT_UNBLOCKED";
    static final int MAX_RESULTS = 200;

    @PersistenceContext private EntityManager em;

    @Resource private SessionContext session;

    @Inject private AuditLog auditLog;

    @Inject private Outbox outbox;

    @Inject private Clock clock;

    /** Accounts whose e-mail or name contains the search text (all when blank), by name. */
    public List<Account> search(String text) {
        String like = "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) + "%";
        return em.createQuery(
                        "select a from Account a where lower(a.email) like :t"
                                + " or lower(a.lastName) like :t or lower(a.firstName) like :t"
                                + " order by a.lastName, a.firstName",
                        Account.class)
                .setParameter("t", like)
                .setMaxResults(MAX_RESULTS)
                .getResultList();
    }

    /**
     * Creates an account without password; with {@code invite}, queues the invitation e-mail with
     * the portal's address {@code loginUrl}.
     */
    public Account create(
            String email,
            String firstName,
            String lastName,
            Role role,
            String language,
            boolean invite,
            String loginUrl) {
        Account account;
        try {
            account = new Account(email, firstName, lastName, role, language, clock.instant());
        } catch (IllegalArgumentException e) {
            throw new InvalidAccountException();
        }
        boolean taken =
                !em.createQuery("select a.id from Account a where a.email = :e", Long.class)
                        .setParameter("e", account.getEmail())
                        .getResultList()
                        .isEmpty();
        if (taken) {
            throw new DuplicateEmailException();
        }
        em.persist(account);
        em.flush();
        audit(account, ACCOUNT_CREATED, role.name());
        if (invite) {
            sendInvitation(account, loginUrl);
        }
        return account;
    }

    /**
     * The ADMIN corrects the name and the language of an account (the family page: "the service
     * edits everything"). No line of its own in the audit log: the caller records the change, old →
     * new, in the history of what the account belongs to (the family's).
     */
    public void correctNameAndLanguage(
            long accountId, String firstName, String lastName, String language) {
        Account account = get(accountId);
        try {
            account.rename(firstName, lastName);
            account.changeLanguage(language);
        } catch (IllegalArgumentException e) {
            throw new InvalidAccountException();
        }
    }

    public void invite(long accountId, String loginUrl) {
        sendInvitation(get(accountId), loginUrl);
    }

    public void disable(long accountId) {
        Account account = get(accountId);
        account.disable();
        audit(account, ACCOUNT_DISABLED, null);
    }

    public void enable(long accountId) {
        Account account = get(accountId);
        account.enable();
        audit(account, ACCOUNT_ENABLED, null);
    }

    public void unblock(long accountId) {
        Account account = get(accountId);
        account.unblock();
        audit(account, ACCOUNT_UNBLOCKED, null);
    }

    private void sendInvitation(Account account, String loginUrl) {
        outbox.send(
                "invitation",
                account.getLanguage(),
                account.getEmail(),
                account.getFirstName(),
                loginUrl,
                account.getEmail());
        audit(account, ACCOUNT_INVITED, null);
    }

    private Account get(long id) {
        Account account = em.find(Account.class, id);
        if (account == null) {
            throw new NotFoundException();
        }
        return account;
    }

    private void audit(Account target, String action, String detail) {
        String admin = session.getCallerPrincipal().getName();
        Long adminId;
        try {
            adminId = Long.valueOf(admin);
        } catch (NumberFormatException e) {
            adminId = null;
        }
        auditLog.record(
                adminId,
                target.getEmail(),
                action,
                "account " + target.getId() + (detail == null ? "" : ", " + detail),
                null);
    }
}
