package ch.monportail.contract.entity;

import ch.monportail.family.entity.Child;
import ch.monportail.structure.entity.SchoolYear;
import ch.monportail.structure.entity.Structure;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An attendance contract (<em>contrat de fréquentation</em>, DESIGN §5): a child, a structure, a
 * school year, a period; its terms ({@link ContractTerms}) from each effective date. Life cycle:
 * {@code DRAFT} (editable, not billed) → {@code ACTIVE} (activated by the ADMIN; changes are
 * amendments) → {@code ENDED} (terminated: the period ends on the termination date).
 */
@Entity
@Table(name = "contract")
public class Contract {

    @Id
    @SequenceGenerator(name = "contract_seq", sequenceName = "contract_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contract_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "child_id")
    private Child child;

    @ManyToOne(optional = false)
    @JoinColumn(name = "structure_id")
    private Structure structure;

    @ManyToOne(optional = false)
    @JoinColumn(name = "school_year_id")
    private SchoolYear schoolYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContractStatus status = ContractStatus.DRAFT;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "activated_at")
    private Instant activatedAt;

    @OneToMany(mappedBy = "contract")
    @OrderBy("effectiveFrom")
    private List<ContractTerms> terms = new ArrayList<>();

    @Version private long version;

    protected Contract() {}

    public Contract(
            Child child,
            Structure structure,
            SchoolYear schoolYear,
            LocalDate startsOn,
            LocalDate endsOn,
            Instant createdAt) {
        if (startsOn == null || endsOn == null || endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("contract.invalid.period");
        }
        if (startsOn.isBefore(schoolYear.getStart()) || endsOn.isAfter(schoolYear.getEnd())) {
            throw new IllegalArgumentException("contract.invalid.outsideYear");
        }
        this.child = child;
        this.structure = structure;
        this.schoolYear = schoolYear;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.createdAt = createdAt;
    }

    public void activate(Instant at) {
        if (status != ContractStatus.DRAFT || terms.isEmpty()) {
            throw new IllegalStateException("contract.invalid.activate");
        }
        status = ContractStatus.ACTIVE;
        activatedAt = at;
    }

    /** Ends the contract after {@code lastDay} (within its period). */
    public void terminate(LocalDate lastDay) {
        if (status == ContractStatus.ENDED
                || lastDay == null
                || lastDay.isBefore(startsOn)
                || lastDay.isAfter(endsOn)) {
            throw new IllegalStateException("contract.invalid.terminate");
        }
        endsOn = lastDay;
        status = ContractStatus.ENDED;
    }

    /** The terms in force on a date (the latest effective on or before it). */
    public ContractTerms termsOn(LocalDate date) {
        ContractTerms current = null;
        for (ContractTerms t : terms) {
            if (!t.getEffectiveFrom().isAfter(date)) {
                current = t;
            }
        }
        return current;
    }

    /** The terms as signed, or as last amended. */
    public ContractTerms getCurrentTerms() {
        return terms.isEmpty() ? null : terms.get(terms.size() - 1);
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(startsOn) && !date.isAfter(endsOn);
    }

    public Long getId() {
        return id;
    }

    public Child getChild() {
        return child;
    }

    public Structure getStructure() {
        return structure;
    }

    public SchoolYear getSchoolYear() {
        return schoolYear;
    }

    public ContractStatus getStatus() {
        return status;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getActivatedAt() {
        return activatedAt;
    }

    public List<ContractTerms> getTerms() {
        return terms;
    }

    public long getVersion() {
        return version;
    }
}
