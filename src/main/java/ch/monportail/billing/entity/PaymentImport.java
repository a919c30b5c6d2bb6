package ch.monportail.billing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** The report of one camt.054 import: credits read, booked, already booked, unmatched. */
@Entity
@Table(name = "payment_import")
public class PaymentImport implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(
            name = "payment_import_seq",
            sequenceName = "payment_import_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_import_seq")
    private Long id;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "message_id")
    private String messageId;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "imported_by")
    private Long importedBy;

    @Column(nullable = false)
    private int credits;

    @Column(nullable = false)
    private int booked;

    @Column(nullable = false)
    private int duplicates;

    @Column(nullable = false)
    private int unmatched;

    /** Debit entries of the file (returns, charges): not booked, to check by hand. */
    @Column(name = "skipped_debits", nullable = false)
    private int skippedDebits;

    /** Reversals of earlier entries: not booked, the payment concerned to reverse by hand. */
    @Column(name = "skipped_reversals", nullable = false)
    private int skippedReversals;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal amount = new BigDecimal("0.00");

    protected PaymentImport() {}

    public PaymentImport(String fileName, String messageId, Instant at, Long by) {
        this.fileName = fileName;
        this.messageId = messageId;
        this.importedAt = at;
        this.importedBy = by;
    }

    public void booked(BigDecimal credit) {
        credits++;
        booked++;
        amount = amount.add(credit);
    }

    /** The entries of the file that are not credits to book. */
    public void skipped(int debits, int reversals) {
        skippedDebits = debits;
        skippedReversals = reversals;
    }

    public int getSkippedDebits() {
        return skippedDebits;
    }

    public int getSkippedReversals() {
        return skippedReversals;
    }

    public void duplicate() {
        credits++;
        duplicates++;
    }

    public void unmatched() {
        credits++;
        unmatched++;
    }

    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMessageId() {
        return messageId;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public int getCredits() {
        return credits;
    }

    public int getBooked() {
        return booked;
    }

    public int getDuplicates() {
        return duplicates;
    }

    public int getUnmatched() {
        return unmatched;
    }

    /** The amount booked to accounts by this import. */
    public BigDecimal getAmount() {
        return amount;
    }
}
