package ch.monportail.family.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One change of the account holder (DESIGN §3: only the ADMIN changes it, audited, effective for
 * future debits). The billing debits, for a service on day D, the holder of the latest change with
 * {@code effectiveFrom <= D}; what was booked before stays on the old holder's account.
 */
@Entity
@Table(name = "account_holder_change")
public class AccountHolderChange {

    @Id
    @SequenceGenerator(
            name = "account_holder_change_seq",
            sequenceName = "account_holder_change_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_holder_change_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "family_id")
    private Family family;

    @ManyToOne
    @JoinColumn(name = "from_representative_id")
    private LegalRepresentative from;

    @ManyToOne(optional = false)
    @JoinColumn(name = "to_representative_id")
    private LegalRepresentative to;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(nullable = false)
    private String reason;

    @Column(name = "changed_by", nullable = false)
    private long changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected AccountHolderChange() {}

    public AccountHolderChange(
            Family family,
            LegalRepresentative from,
            LegalRepresentative to,
            LocalDate effectiveFrom,
            String reason,
            long changedBy,
            Instant changedAt) {
        this.family = family;
        this.from = from;
        this.to = to;
        this.effectiveFrom = effectiveFrom;
        this.reason = reason;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public Long getId() {
        return id;
    }

    public Family getFamily() {
        return family;
    }

    public LegalRepresentative getFrom() {
        return from;
    }

    public LegalRepresentative getTo() {
        return to;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public String getReason() {
        return reason;
    }

    public long getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
