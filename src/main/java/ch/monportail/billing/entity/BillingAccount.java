package ch.monportail.billing.entity;

import ch.monportail.billing.control.CreditorReference;
import ch.monportail.billing.control.QrReference;
import ch.monportail.family.entity.LegalRepresentative;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The account of an account holder (DESIGN §7): its number is part of its stable payment references
 * — the 27-digit QR reference and the equivalent ISO 11649 creditor reference. The balance (credits
 * − debits, negative = owed) is kept by each booking with an atomic {@code balance = balance + x}
 * in the booking's transaction, never set from a read value, so concurrent bookings add up.
 */
@Entity
@Table(name = "billing_account")
public class BillingAccount implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(
            name = "billing_account_seq",
            sequenceName = "billing_account_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "billing_account_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "holder_id", updatable = false)
    private LegalRepresentative holder;

    @Column(name = "qr_reference", nullable = false, updatable = false)
    private String qrReference;

    @Column(name = "creditor_reference", nullable = false, updatable = false)
    private String creditorReference;

    @Column(nullable = false, insertable = false, updatable = false)
    private BigDecimal balance;

    @Column(name = "below_threshold_since")
    private LocalDate belowThresholdSince;

    @Column(name = "reminded_on")
    private LocalDate remindedOn;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    protected BillingAccount() {}

    public BillingAccount(LegalRepresentative holder, Instant openedAt) {
        this.holder = holder;
        this.openedAt = openedAt;
    }

    /** Sets the references from the account number; call once, after persist assigned the id. */
    public void assignReferences() {
        qrReference = QrReference.forAccount(id);
        creditorReference = CreditorReference.forAccount(id);
    }

    /** Since when the balance is below the reminder threshold (null: not below). */
    public void belowThreshold(LocalDate since) {
        belowThresholdSince = since;
    }

    public void remindedOn(LocalDate day) {
        remindedOn = day;
    }

    public Long getId() {
        return id;
    }

    public LegalRepresentative getHolder() {
        return holder;
    }

    public String getQrReference() {
        return qrReference;
    }

    public String getCreditorReference() {
        return creditorReference;
    }

    /** The balance as read with the entity (use the service for the current one). */
    public BigDecimal getBalance() {
        return balance == null ? new BigDecimal("0.00") : balance;
    }

    public LocalDate getBelowThresholdSince() {
        return belowThresholdSince;
    }

    public LocalDate getRemindedOn() {
        return remindedOn;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }
}
