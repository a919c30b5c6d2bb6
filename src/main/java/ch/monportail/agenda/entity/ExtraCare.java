package ch.monportail.agenda.entity;

import ch.monportail.contract.entity.Contract;
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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An extra-care request (<em>dépannage</em>, DESIGN §6): a care unit of the contract's structure on
 * a day the contract does not plan it. Pending until the ADMIN or an educator of the structure
 * approves or refuses it; the parent may cancel it while pending. The price — the family's unit
 * price plus the structure's surcharge — is fixed when the parent asks, as shown to them.
 */
@Entity
@Table(name = "extra_care")
public class ExtraCare {

    @Id
    @SequenceGenerator(
            name = "extra_care_seq",
            sequenceName = "extra_care_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "extra_care_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "child_id")
    private Child child;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "contract_id")
    private Contract contract;

    @ManyToOne(optional = false)
    @JoinColumn(name = "care_unit_id")
    private CareUnit careUnit;

    @Column(name = "requested_for", nullable = false)
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ExtraCareStatus status = ExtraCareStatus.PENDING;

    @Column(nullable = false, precision = 8, scale = 2)
    private BigDecimal price;

    private String note;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "requested_by")
    private Long requestedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decision_note")
    private String decisionNote;

    @Version private long version;

    protected ExtraCare() {}

    public ExtraCare(
            Child child,
            Contract contract,
            CareUnit careUnit,
            LocalDate day,
            BigDecimal price,
            String note,
            Instant requestedAt,
            Long requestedBy) {
        this.child = child;
        this.contract = contract;
        this.careUnit = careUnit;
        this.day = day;
        this.price = price;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.requestedAt = requestedAt;
        this.requestedBy = requestedBy;
    }

    public void approve(Instant at, Long by, String why) {
        decide(ExtraCareStatus.APPROVED, at, by, why);
    }

    public void refuse(Instant at, Long by, String why) {
        decide(ExtraCareStatus.REFUSED, at, by, why);
    }

    /** The parent withdraws a request not decided yet. */
    public void cancel(Instant at, Long by) {
        decide(ExtraCareStatus.CANCELLED, at, by, null);
    }

    private void decide(ExtraCareStatus to, Instant at, Long by, String why) {
        if (status != ExtraCareStatus.PENDING) {
            throw new IllegalStateException("extraCare.invalid.decided");
        }
        status = to;
        decidedAt = at;
        decidedBy = by;
        decisionNote = why == null || why.isBlank() ? null : why.strip();
    }

    public Long getId() {
        return id;
    }

    public Child getChild() {
        return child;
    }

    public Contract getContract() {
        return contract;
    }

    public CareUnit getCareUnit() {
        return careUnit;
    }

    public LocalDate getDay() {
        return day;
    }

    public ExtraCareStatus getStatus() {
        return status;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public String getNote() {
        return note;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Long getRequestedBy() {
        return requestedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public long getVersion() {
        return version;
    }
}
