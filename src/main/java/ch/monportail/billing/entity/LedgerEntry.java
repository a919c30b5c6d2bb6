package ch.monportail.billing.entity;

import ch.monportail.family.entity.Child;
import ch.monportail.structure.entity.CareUnit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of the append-only ledger (DESIGN §7): a debit for a consumed service (negative), a
 * payment (positive), an ADMIN correction, or the reversal of an earlier line. Nothing is ever
 * updated or deleted — every column is {@code updatable = false}. The source key makes each booking
 * happen once (unique in the database): {@code D:child:day:unit:KIND} for a service, {@code R:}+key
 * for its reversal, {@code P:}+bank key for an imported payment, {@code M:}+uuid for a manual one.
 */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry {

    @Id
    @SequenceGenerator(
            name = "ledger_entry_seq",
            sequenceName = "ledger_entry_seq",
            allocationSize = 500)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger_entry_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", updatable = false)
    private BillingAccount account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private EntryKind kind;

    @Column(name = "value_on", nullable = false, updatable = false)
    private LocalDate valueOn;

    @Column(name = "service_on", updatable = false)
    private LocalDate serviceOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "child_id", updatable = false)
    private Child child;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "care_unit_id", updatable = false)
    private CareUnit careUnit;

    @Column(nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "source_key", nullable = false, updatable = false)
    private String sourceKey;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reverses_id", updatable = false)
    private LedgerEntry reverses;

    @Column(updatable = false)
    private String note;

    @Column(name = "run_id", updatable = false)
    private Long runId;

    @Column(name = "booked_at", nullable = false, updatable = false)
    private Instant bookedAt;

    @Column(name = "booked_by", updatable = false)
    private Long bookedBy;

    protected LedgerEntry() {}

    private LedgerEntry(
            BillingAccount account,
            EntryKind kind,
            LocalDate valueOn,
            BigDecimal amount,
            String sourceKey,
            Instant bookedAt,
            Long bookedBy) {
        if (amount.scale() > 2 || amount.signum() == 0) {
            throw new IllegalArgumentException("amount " + amount);
        }
        this.account = account;
        this.kind = kind;
        this.valueOn = valueOn;
        this.amount = amount.setScale(2, RoundingMode.UNNECESSARY);
        this.sourceKey = sourceKey;
        this.bookedAt = bookedAt;
        this.bookedBy = bookedBy;
    }

    /**
     * The debit of a consumed service: negative, valued the day after the service — or later, on
     * the day it is booked after the fact.
     */
    public static LedgerEntry debit(
            BillingAccount account,
            EntryKind kind,
            Child child,
            CareUnit unit,
            LocalDate serviceOn,
            BigDecimal price,
            String sourceKey,
            Long runId,
            Instant at,
            LocalDate valueOn) {
        if (!kind.isService() || price.signum() <= 0 || valueOn.isBefore(serviceOn)) {
            throw new IllegalArgumentException(kind + " " + price + " " + valueOn);
        }
        LedgerEntry e =
                new LedgerEntry(account, kind, valueOn, price.negate(), sourceKey, at, null);
        e.serviceOn = serviceOn;
        e.child = child;
        e.careUnit = unit;
        e.runId = runId;
        return e;
    }

    /** A payment received (positive). */
    public static LedgerEntry payment(
            BillingAccount account,
            LocalDate valueOn,
            BigDecimal amount,
            String sourceKey,
            String note,
            Instant at,
            Long by) {
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("payment " + amount);
        }
        LedgerEntry e =
                new LedgerEntry(account, EntryKind.PAYMENT, valueOn, amount, sourceKey, at, by);
        e.note = note;
        return e;
    }

    /** An ADMIN correction (signed) with its reason. */
    public static LedgerEntry correction(
            BillingAccount account,
            LocalDate valueOn,
            BigDecimal amount,
            String reason,
            String sourceKey,
            Instant at,
            Long by) {
        LedgerEntry e =
                new LedgerEntry(account, EntryKind.CORRECTION, valueOn, amount, sourceKey, at, by);
        e.note = reason;
        return e;
    }

    /** The reversal of this line, on the same account, with the opposite amount. */
    public LedgerEntry reversal(LocalDate valueOn, String reason, Long run, Instant at, Long by) {
        if (kind == EntryKind.REVERSAL) {
            throw new IllegalStateException("a reversal is not reversed");
        }
        LedgerEntry e =
                new LedgerEntry(
                        account,
                        EntryKind.REVERSAL,
                        valueOn,
                        amount.negate(),
                        "R:" + sourceKey,
                        at,
                        by);
        e.reverses = this;
        e.serviceOn = serviceOn;
        e.child = child;
        e.careUnit = careUnit;
        e.note = reason;
        e.runId = run;
        return e;
    }

    public Long getId() {
        return id;
    }

    public BillingAccount getAccount() {
        return account;
    }

    public EntryKind getKind() {
        return kind;
    }

    public LocalDate getValueOn() {
        return valueOn;
    }

    public LocalDate getServiceOn() {
        return serviceOn;
    }

    public Child getChild() {
        return child;
    }

    public CareUnit getCareUnit() {
        return careUnit;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getSourceKey() {
        return sourceKey;
    }

    public LedgerEntry getReverses() {
        return reverses;
    }

    public String getNote() {
        return note;
    }

    public Long getRunId() {
        return runId;
    }

    public Instant getBookedAt() {
        return bookedAt;
    }

    public Long getBookedBy() {
        return bookedBy;
    }
}
