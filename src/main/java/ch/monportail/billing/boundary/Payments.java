package ch.monportail.billing.boundary;

import ch.monportail.account.entity.Role;
import ch.monportail.billing.control.Camt054;
import ch.monportail.billing.entity.BillingAccount;
import ch.monportail.billing.entity.EntryKind;
import ch.monportail.billing.entity.LedgerEntry;
import ch.monportail.billing.entity.PaymentImport;
import ch.monportail.billing.entity.UnmatchedCredit;
import ch.monportail.family.boundary.FamilyAccess;
import ch.monportail.platform.boundary.AuditLog;
import ch.monportail.platform.boundary.Clocks;
import ch.monportail.platform.control.NotFoundException;
import ch.monportail.platform.control.SwissFormat;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Money received and fixes (DESIGN §7), for the ADMIN: payments recorded by hand, camt.054 files
 * from the bank (each credit matched to an account by its reference and booked once, whatever the
 * number of imports: the bank's key of the credit is the ledger line's source key; credits with an
 * unknown reference wait in a list for manual assignment), corrections with a reason and reversals
 * of a line — every one a new ledger line, audited.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class Payments {

    static final int MAX_NOTE = 500;
    static final BigDecimal MAX_AMOUNT = new BigDecimal("100000.00");

    @PersistenceContext private EntityManager em;

    @Inject private Clock clock;

    @Inject private FamilyAccess access;

    @Inject private AuditLog audit;

    /**
     * A payment received otherwise (counter, bank transfer read by hand). {@code requestKey} comes
     * with the form (a UUID rendered in it): the same form sent twice books once.
     */
    public void record(
            long billingAccountId,
            LocalDate on,
            BigDecimal amount,
            String note,
            String requestKey) {
        BillingAccount account = account(billingAccountId);
        String key = onceKey(requestKey);
        BigDecimal value = amount(amount, false);
        if (on == null || on.isAfter(today())) {
            throw new InvalidBillingException("billing.payment.invalid.date");
        }
        String text = note(note, false);
        bookOnce(
                LedgerEntry.payment(
                        account, on, value, key, text, clock.instant(), access.callerId()));
        record(
                "PAYMENT_RECORDED",
                account,
                SwissFormat.money(value) + " " + on + " " + (text == null ? "" : text));
    }

    /** A correction (positive: credit, negative: debit) with its reason; once per form. */
    public void correct(
            long billingAccountId, BigDecimal amount, String reason, String requestKey) {
        BillingAccount account = account(billingAccountId);
        String key = onceKey(requestKey);
        BigDecimal value = amount(amount, true);
        String text = note(reason, true);
        bookOnce(
                LedgerEntry.correction(
                        account, today(), value, text, key, clock.instant(), access.callerId()));
        record("CORRECTION_BOOKED", account, SwissFormat.money(value) + ": " + text);
    }

    /** Reverses a ledger line (once) with its reason. */
    public void reverse(long ledgerEntryId, String reason) {
        LedgerEntry entry = em.find(LedgerEntry.class, ledgerEntryId);
        if (entry == null) {
            throw new NotFoundException();
        }
        if (entry.getKind() == EntryKind.REVERSAL) {
            throw new InvalidBillingException("billing.reverse.invalid.reversal");
        }
        String text = note(reason, true);
        LedgerEntry reversal =
                entry.reversal(today(), text, null, clock.instant(), access.callerId());
        em.persist(reversal);
        flushOnce("billing.reverse.invalid.already");
        new AccountBook(em).add(entry.getAccount().getId(), reversal.getAmount());
        record("ENTRY_REVERSED", entry.getAccount(), "line " + entry.getId() + ": " + text);
    }

    /** Imports a camt.054 file: books the matched credits once, queues the unmatched ones. */
    public PaymentImport importCamt(String fileName, byte[] content) {
        Camt054.Notification notification = Camt054.read(new ByteArrayInputStream(content));
        PaymentImport report =
                new PaymentImport(
                        fileName == null || fileName.isBlank() ? "camt.054" : cut(fileName, 255),
                        notification.messageId(),
                        clock.instant(),
                        access.callerId());
        report.skipped(notification.skippedDebits(), notification.skippedReversals());
        em.persist(report);
        AccountBook book = new AccountBook(em);
        Set<String> seen = new HashSet<>();
        for (Camt054.Credit credit : notification.credits()) {
            String key = "P:" + credit.key();
            if (!seen.add(key) || isKnown(key, credit.key())) {
                report.duplicate();
                continue;
            }
            BillingAccount account =
                    "CHF".equals(credit.currency())
                            ? BillingAccounts.findByReference(em, credit.reference()).orElse(null)
                            : null;
            if (account == null) {
                em.persist(
                        new UnmatchedCredit(
                                report,
                                credit.key(),
                                credit.bookedOn(),
                                credit.amount(),
                                credit.currency() == null ? "CHF" : credit.currency(),
                                credit.valueOn(),
                                credit.reference(),
                                credit.debtorName(),
                                credit.remittanceText()));
                report.unmatched();
                continue;
            }
            em.persist(
                    LedgerEntry.payment(
                            account,
                            credit.valueOn() == null ? credit.bookedOn() : credit.valueOn(),
                            credit.amount(),
                            key,
                            credit.debtorName(),
                            clock.instant(),
                            access.callerId()));
            book.add(account.getId(), credit.amount());
            report.booked(credit.amount());
        }
        // the same file imported at the same moment by another request
        flushOnce("billing.camt.concurrent");
        audit.record(
                access.callerId(),
                access.caller().getEmail(),
                "CAMT_IMPORTED",
                report.getFileName()
                        + ": "
                        + report.getBooked()
                        + " booked ("
                        + SwissFormat.money(report.getAmount())
                        + "), "
                        + report.getDuplicates()
                        + " already booked, "
                        + report.getUnmatched()
                        + " unmatched, "
                        + report.getSkippedDebits()
                        + " debits and "
                        + report.getSkippedReversals()
                        + " reversals not booked",
                null);
        return report;
    }

    /**
     * The source key of a booking by hand from its form's key (a UUID; anything else is refused,
     * never stored); a form already booked is refused.
     */
    private String onceKey(String requestKey) {
        String key;
        try {
            key = "M:" + UUID.fromString(requestKey == null ? "" : requestKey.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidBillingException("billing.payment.invalid.form");
        }
        if (isKnown(key, key)) {
            throw new InvalidBillingException("billing.payment.invalid.twice");
        }
        return key;
    }

    /** Books a line by hand and its balance; the same form at the same moment books once. */
    private void bookOnce(LedgerEntry entry) {
        em.persist(entry);
        flushOnce("billing.payment.invalid.twice");
        new AccountBook(em).add(entry.getAccount().getId(), entry.getAmount());
    }

    private boolean isKnown(String sourceKey, String creditKey) {
        return !em.createQuery("select e.id from LedgerEntry e where e.sourceKey = :k", Long.class)
                        .setParameter("k", sourceKey)
                        .getResultList()
                        .isEmpty()
                || !em.createQuery(
                                "select u.id from UnmatchedCredit u where u.creditKey = :k",
                                Long.class)
                        .setParameter("k", creditKey)
                        .getResultList()
                        .isEmpty();
    }

    /** The credits that wait for an account, oldest first. */
    public List<UnmatchedCredit> unmatched() {
        return em.createQuery(
                        "select u from UnmatchedCredit u where u.assignedTo is null"
                                + " order by u.bookedOn, u.id",
                        UnmatchedCredit.class)
                .getResultList();
    }

    /** Books a waiting credit to an account. */
    public void assign(long unmatchedCreditId, long billingAccountId) {
        UnmatchedCredit credit = em.find(UnmatchedCredit.class, unmatchedCreditId);
        if (credit == null) {
            throw new NotFoundException();
        }
        if (credit.isAssigned()) {
            throw new InvalidBillingException("billing.unmatched.invalid.assigned");
        }
        if (!"CHF".equals(credit.getCurrency())) {
            throw new InvalidBillingException("billing.unmatched.invalid.currency");
        }
        BillingAccount account = account(billingAccountId);
        credit.assign(account, clock.instant(), access.callerId());
        em.persist(
                LedgerEntry.payment(
                        account,
                        credit.getValueOn(),
                        credit.getAmount(),
                        "P:" + credit.getCreditKey(),
                        credit.getDebtorName(),
                        clock.instant(),
                        access.callerId()));
        flushOnce("billing.unmatched.invalid.assigned");
        new AccountBook(em).add(account.getId(), credit.getAmount());
        record(
                "CREDIT_ASSIGNED",
                account,
                SwissFormat.money(credit.getAmount()) + " " + credit.getCreditKey());
    }

    /** The latest imports. */
    public List<PaymentImport> imports(int max) {
        return em.createQuery(
                        "select i from PaymentImport i order by i.importedAt desc, i.id desc",
                        PaymentImport.class)
                .setMaxResults(max)
                .getResultList();
    }

    private BillingAccount account(long id) {
        BillingAccount account = em.find(BillingAccount.class, id);
        if (account == null) {
            throw new NotFoundException();
        }
        return account;
    }

    private static BigDecimal amount(BigDecimal amount, boolean signed) {
        if (amount == null
                || amount.scale() > 2
                || amount.signum() == 0
                || (!signed && amount.signum() < 0)
                || amount.abs().compareTo(MAX_AMOUNT) > 0) {
            throw new InvalidBillingException("billing.payment.invalid.amount");
        }
        return amount.setScale(2);
    }

    private static String note(String note, boolean required) {
        if (note == null || note.isBlank()) {
            if (required) {
                throw new InvalidBillingException("billing.invalid.reason");
            }
            return null;
        }
        if (note.strip().length() > MAX_NOTE) {
            throw new InvalidBillingException("billing.invalid.reasonLength", MAX_NOTE);
        }
        return note.strip();
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Clocks.COMMUNE_ZONE));
    }

    private void record(String action, BillingAccount account, String detail) {
        audit.record(
                access.callerId(),
                access.caller().getEmail(),
                action,
                "account "
                        + account.getId()
                        + " ("
                        + account.getHolder().getDisplayName()
                        + "): "
                        + detail,
                null);
    }

    /**
     * Writes what is pending; a booking another request made at the same moment (a unique key of
     * the ledger or of the credits taken) is refused with {@code messageKey}. Any other failure
     * (the database away, a deadlock) stays a failure: telling the ADMIN "already booked" then
     * would leave a payment unbooked.
     */
    private void flushOnce(String messageKey) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw new InvalidBillingException(messageKey);
            }
            throw e;
        }
    }

    /** SQLSTATE 23505, unique violation, in PostgreSQL and H2 alike. */
    static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
