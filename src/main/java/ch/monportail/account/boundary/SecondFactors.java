package ch.monportail.account.boundary;

import ch.monportail.account.control.QrCode;
import ch.monportail.account.control.RecoveryCodes;
import ch.monportail.account.control.ResetToken;
import ch.monportail.account.control.Totp;
import ch.monportail.account.entity.Account;
import ch.monportail.account.entity.LoginTicket;
import ch.monportail.account.entity.RecoveryCode;
import ch.monportail.account.entity.Role;
import ch.monportail.platform.boundary.AuditLog;
import ch.monportail.platform.boundary.Municipalities;
import ch.monportail.platform.control.NotFoundException;
import ch.monportail.platform.control.Settings;
import ch.monportail.platform.entity.Municipality;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Login in steps and the second factor (DESIGN §2, ASVS V6.5/V6.6): the password gives a ticket for
 * the next step — the code (TOTP or a recovery code), the enrolment (staff without a second factor
 * must set one up: {@code monportail.staff-second-factor}, on by default), or directly a login
 * ticket. Only a {@code LOGIN} ticket opens a session ({@link AccountIdentityStore}), so no path
 * skips the code. Wrong codes count as failed logins of the account (throttling).
 */
@Stateless
public class SecondFactors {

    public static final String SECOND_FACTOR_OK = "SECOND_FACTOR_OK";
    public static final String SECOND_FACTOR_FAILED = "SECOND_FACTOR_FAILED";
    public static final String SECOND_FACTOR_ENROLLED = "SECOND_FACTOR_ENROLLED";
    public static final String SECOND_FACTOR_DISABLED = "SECOND_FACTOR_DISABLED";
    public static final String SECOND_FACTOR_RESET = "SECOND_FACTOR_RESET";

    /** What the password step leads to, with the ticket for it. */
    public record LoginStep(LoginTicket.Kind next, String ticket) implements Serializable {}

    /** A secret being set up: for the authenticator app as text, URI and QR code. */
    public record Enrolment(String secret, String uri, String qrDataUri) implements Serializable {}

    /** A confirmed enrolment: the recovery codes to show once, and the login ticket. */
    public record Enrolled(List<String> recoveryCodes, String loginTicket)
            implements Serializable {}

    @PersistenceContext private EntityManager em;

    @Resource private SessionContext session;

    @Inject private Accounts accounts;

    @Inject private AccountThrottling throttling;

    @Inject private AuditLog auditLog;

    @Inject private Municipalities municipalities;

    @Inject private Clock clock;

    @PermitAll
    public Optional<LoginStep> firstFactor(String email, char[] password, String clientAddress) {
        return accounts.authenticate(email, password, clientAddress)
                .map(account -> em.find(Account.class, account.getId()))
                .map(
                        account -> {
                            LoginTicket.Kind next =
                                    account.hasSecondFactor()
                                            ? LoginTicket.Kind.SECOND_FACTOR
                                            : account.mustUseSecondFactor() && staffMustEnrol()
                                                    ? LoginTicket.Kind.ENROL
                                                    : LoginTicket.Kind.LOGIN;
                            return new LoginStep(next, issue(account, next));
                        });
    }

    /** The code step: a TOTP code or a recovery code; gives the login ticket. */
    @PermitAll
    public Optional<String> verify(String pendingTicket, String code, String clientAddress) {
        Optional<LoginTicket> pending = find(pendingTicket, LoginTicket.Kind.SECOND_FACTOR);
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        Account account = pending.get().getAccount();
        Instant now = clock.instant();
        if (throttling.refused(account, now) || !acceptCode(account, code, now)) {
            throttling.failed(account, now);
            auditLog.record(
                    account.getId(), account.getEmail(), SECOND_FACTOR_FAILED, null, clientAddress);
            return Optional.empty();
        }
        pending.get().retire(now);
        auditLog.record(account.getId(), account.getEmail(), SECOND_FACTOR_OK, null, clientAddress);
        return Optional.of(issue(account, LoginTicket.Kind.LOGIN));
    }

    /** Starts the compulsory enrolment of a staff member after the password step. */
    @PermitAll
    public Optional<Enrolment> beginEnrolment(String pendingTicket) {
        return find(pendingTicket, LoginTicket.Kind.ENROL).map(t -> enrolmentFor(t.getAccount()));
    }

    /** Confirms the enrolment with a first code; gives the recovery codes and the login ticket. */
    @PermitAll
    public Optional<Enrolled> confirmEnrolment(
            String pendingTicket, String secret, String code, String clientAddress) {
        Optional<LoginTicket> pending = find(pendingTicket, LoginTicket.Kind.ENROL);
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        Account account = pending.get().getAccount();
        Instant now = clock.instant();
        OptionalLong step = Totp.verify(secret, code, now, null);
        if (step.isEmpty()) {
            throttling.failed(account, now);
            auditLog.record(
                    account.getId(),
                    account.getEmail(),
                    SECOND_FACTOR_FAILED,
                    "enrolment",
                    clientAddress);
            return Optional.empty();
        }
        List<String> codes = enable(account, secret, step.getAsLong(), clientAddress);
        pending.get().retire(now);
        return Optional.of(new Enrolled(codes, issue(account, LoginTicket.Kind.LOGIN)));
    }

    /** The identity store's side: the account of a usable login ticket, which is then used up. */
    @PermitAll
    public Optional<Account> redeemLogin(String ticket) {
        Optional<LoginTicket> login = find(ticket, LoginTicket.Kind.LOGIN);
        login.ifPresent(t -> t.retire(clock.instant()));
        return login.map(LoginTicket::getAccount);
    }

    @RolesAllowed({Role.PARENT_NAME, Role.EDUCATOR_NAME, Role.ADMIN_NAME})
    public boolean ownEnabled() {
        return accounts.current().hasSecondFactor();
    }

    @RolesAllowed({Role.PARENT_NAME, Role.EDUCATOR_NAME, Role.ADMIN_NAME})
    public Enrolment beginOwnEnrolment() {
        return enrolmentFor(accounts.current());
    }

    /** A logged-in user turns the second factor on; returns the recovery codes. */
    @RolesAllowed({Role.PARENT_NAME, Role.EDUCATOR_NAME, Role.ADMIN_NAME})
    public List<String> confirmOwnEnrolment(String secret, String code, String clientAddress) {
        Account account = accounts.current();
        OptionalLong step = Totp.verify(secret, code, clock.instant(), null);
        if (step.isEmpty()) {
            throw new InvalidCodeException();
        }
        return enable(account, secret, step.getAsLong(), clientAddress);
    }

    /** A parent turns the second factor off, proving it with a current code. */
    @RolesAllowed({Role.PARENT_NAME, Role.EDUCATOR_NAME, Role.ADMIN_NAME})
    public void disableOwn(String code, String clientAddress) {
        Account account = accounts.current();
        if (account.mustUseSecondFactor() && staffMustEnrol()) {
            throw new SecondFactorRequiredException();
        }
        if (!acceptCode(account, code, clock.instant())) {
            throw new InvalidCodeException();
        }
        disable(account);
        auditLog.record(
                account.getId(), account.getEmail(), SECOND_FACTOR_DISABLED, null, clientAddress);
    }

    /** ADMIN resets the second factor of a user who lost it; staff enrol again at next login. */
    @RolesAllowed(Role.ADMIN_NAME)
    public void reset(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw new NotFoundException();
        }
        disable(account);
        Long admin = Long.valueOf(session.getCallerPrincipal().getName());
        auditLog.record(
                admin, account.getEmail(), SECOND_FACTOR_RESET, "account " + accountId, null);
    }

    static boolean staffMustEnrol() {
        return Settings.flag("monportail.staff-second-factor", true);
    }

    private boolean acceptCode(Account account, String code, Instant now) {
        if (!account.hasSecondFactor()) {
            return false;
        }
        if (RecoveryCodes.looksLikeOne(code)) {
            Optional<RecoveryCode> recovery =
                    em.createQuery(
                                    "select r from RecoveryCode r where r.account = :a and r.codeHash = :h"
                                            + " and r.usedAt is null",
                                    RecoveryCode.class)
                            .setParameter("a", account)
                            .setParameter("h", RecoveryCodes.hash(code))
                            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                            .getResultStream()
                            .findFirst();
            recovery.ifPresent(r -> r.use(now));
            return recovery.isPresent();
        }
        OptionalLong step =
                Totp.verify(account.getTotpSecret(), code, now, account.getTotpLastStep());
        step.ifPresent(account::secondFactorUsed);
        return step.isPresent();
    }

    private List<String> enable(Account account, String secret, long step, String clientAddress) {
        disable(account);
        account.enableSecondFactor(secret, step, clock.instant());
        List<String> codes = RecoveryCodes.generate();
        codes.forEach(c -> em.persist(new RecoveryCode(account, RecoveryCodes.hash(c))));
        auditLog.record(
                account.getId(), account.getEmail(), SECOND_FACTOR_ENROLLED, null, clientAddress);
        return codes;
    }

    private void disable(Account account) {
        account.disableSecondFactor();
        em.createQuery("delete from RecoveryCode r where r.account = :a")
                .setParameter("a", account)
                .executeUpdate();
    }

    private Enrolment enrolmentFor(Account account) {
        String secret = Totp.newSecret();
        String issuer = "MonPortail " + municipalities.find().map(Municipality::getName).orElse("");
        String uri = Totp.uri(issuer.strip(), account.getEmail(), secret);
        return new Enrolment(secret, uri, QrCode.svgDataUri(uri));
    }

    private String issue(Account account, LoginTicket.Kind kind) {
        ResetToken ticket = ResetToken.generate();
        em.persist(new LoginTicket(account, ticket.hash(), kind, clock.instant()));
        return ticket.token();
    }

    private Optional<LoginTicket> find(String ticket, LoginTicket.Kind kind) {
        return AccountTokens.findUsable(em, LoginTicket.class, ticket, clock.instant())
                .filter(t -> t.isUsable(kind, clock.instant()));
    }
}
