package ch.monportail.billing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A bank credit whose reference matched no account: it waits for the ADMIN to assign it to an
 * account (then it is booked as a payment) — its bank key is unique, so a second import of the same
 * file does not queue it twice.
 */
@Entity
@Table(name = "unmatched_credit")
public class UnmatchedCredit implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(
            name = "unmatched_credit_seq",
            sequenceName = "unmatched_credit_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unmatched_credit_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "import_id")
    private PaymentImport paymentImport;

    @Column(name = "credit_key", nullable = false, updatable = false)
    private String creditKey;

    @Column(name = "booked_on", nullable = false)
    private LocalDate bookedOn;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false)
    private String currency;

    @Column(name = "value_on")
    private LocalDate valueOn;

    private String reference;

    @Column(name = "debtor_name")
    private String debtorName;

    private String remittance;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assigned_to")
    private BillingAccount assignedTo;

    @Column(name = "assigned_at")
    private Instant assignedAt;

    @Column(name = "assigned_by")
    private Long assignedBy;

    @Version private long version;

    protected UnmatchedCredit() {}

    public UnmatchedCredit(
            PaymentImport paymentImport,
            String creditKey,
            LocalDate bookedOn,
            BigDecimal amount,
            String currency,
            LocalDate valueOn,
            String reference,
            String debtorName,
            String remittance) {
        this.paymentImport = paymentImport;
        this.creditKey = creditKey;
        this.bookedOn = bookedOn;
        this.amount = amount;
        this.currency = currency;
        this.valueOn = valueOn;
        this.reference = reference;
        this.debtorName = cut(debtorName, 140);
        this.remittance = cut(remittance, 500);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public void assign(BillingAccount account, Instant at, Long by) {
        if (assignedTo != null) {
            throw new IllegalStateException("already assigned");
        }
        assignedTo = account;
        assignedAt = at;
        assignedBy = by;
    }

    public boolean isAssigned() {
        return assignedTo != null;
    }

    public Long getId() {
        return id;
    }

    public String getCreditKey() {
        return creditKey;
    }

    public LocalDate getBookedOn() {
        return bookedOn;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    /** The bank's value date, else its booking date. */
    public LocalDate getValueOn() {
        return valueOn == null ? bookedOn : valueOn;
    }

    public String getReference() {
        return reference;
    }

    public String getDebtorName() {
        return debtorName;
    }

    public String getRemittance() {
        return remittance;
    }

    public BillingAccount getAssignedTo() {
        return assignedTo;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public long getVersion() {
        return version;
    }
}
