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
 * A child's absence from one care unit of the contract on one day (DESIGN §6), announced by a
 * parent or recorded by the staff. The billing the rule decided at that moment is kept as it was;
 * an accepted medical certificate or an excuse by the staff makes the absence not billed afterwards
 * ({@link #isBilled()}), which the billing turns into a reversing entry.
 */
@Entity
@Table(name = "absence")
public class Absence {

    @Id
    @SequenceGenerator(name = "absence_seq", sequenceName = "absence_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "absence_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "child_id")
    private Child child;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "contract_id")
    private Contract contract;

    @ManyToOne(optional = false)
    @JoinColumn(name = "care_unit_id")
    private CareUnit careUnit;

    @Column(name = "absent_on", nullable = false)
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AbsenceReason reason;

    @Column(name = "note")
    private String comment;

    @Column(name = "announced_at", nullable = false)
    private Instant announcedAt;

    @Column(name = "announced_by")
    private Long announcedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AbsenceBilling billing;

    @Column(nullable = false, precision = 8, scale = 2)
    private BigDecimal amount;

    @Column(name = "certificate_accepted", nullable = false)
    private boolean certificateAccepted;

    /** The accepted medical certificate (an upload of the documents) that covers it. */
    @Column(name = "certificate_id")
    private Long certificateId;

    @Column(name = "certificate_accepted_at")
    private Instant certificateAcceptedAt;

    @Column(name = "excused_at")
    private Instant excusedAt;

    @Column(name = "excused_by")
    private Long excusedBy;

    @Column(name = "excuse_reason")
    private String excuseReason;

    @Version private long version;

    protected Absence() {}

    public Absence(
            Child child,
            Contract contract,
            CareUnit careUnit,
            LocalDate day,
            AbsenceReason reason,
            String comment,
            Instant announcedAt,
            Long announcedBy,
            AbsenceBilling billing,
            BigDecimal amount) {
        this.child = child;
        this.contract = contract;
        this.careUnit = careUnit;
        this.day = day;
        this.reason = reason;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.announcedAt = announcedAt;
        this.announcedBy = announcedBy;
        this.billing = billing;
        this.amount = amount;
    }

    /** Billed unless the rule said not, a medical certificate was accepted, or staff excused it. */
    public boolean isBilled() {
        return billing != AbsenceBilling.NOT_BILLED && !certificateAccepted && excusedAt == null;
    }

    /** The amount billed now: the amount the rule decided, or 0.00. */
    public BigDecimal getBilledAmount() {
        return isBilled() ? amount : new BigDecimal("0.00");
    }

    /** The staff excuse a billed absence (e.g. the structure closed early): no longer billed. */
    public void excuse(Instant at, Long by, String why) {
        if (!isBilled()) {
            throw new IllegalStateException("absence.invalid.notBilled");
        }
        excusedAt = at;
        excusedBy = by;
        excuseReason = why;
    }

    /**
     * A medical certificate covering this illness absence was accepted; whether that changed it
     * (another reason, or covered already: nothing).
     */
    public boolean acceptCertificate(long certificate, Instant at) {
        if (reason != AbsenceReason.ILLNESS || certificateAccepted) {
            return false;
        }
        certificateAccepted = true;
        certificateId = certificate;
        certificateAcceptedAt = at;
        return true;
    }

    public Long getCertificateId() {
        return certificateId;
    }

    public boolean isExcused() {
        return excusedAt != null;
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

    public AbsenceReason getReason() {
        return reason;
    }

    public String getComment() {
        return comment;
    }

    public Instant getAnnouncedAt() {
        return announcedAt;
    }

    public Long getAnnouncedBy() {
        return announcedBy;
    }

    public AbsenceBilling getBilling() {
        return billing;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public boolean isCertificateAccepted() {
        return certificateAccepted;
    }

    public Instant getExcusedAt() {
        return excusedAt;
    }

    public String getExcuseReason() {
        return excuseReason;
    }

    public long getVersion() {
        return version;
    }
}
