package ch.monportail.contract.entity;

import ch.monportail.family.entity.LegalRepresentative;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The terms of a contract from an effective date (DESIGN §5): the account holder, the tariff
 * percentage and sibling rank with the income they came from, and the weekly pattern with frozen
 * prices. The first terms are the contract as signed; each amendment adds terms from its date.
 */
@Entity
@Table(name = "contract_terms")
public class ContractTerms {

    @Id
    @SequenceGenerator(
            name = "contract_terms_seq",
            sequenceName = "contract_terms_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contract_terms_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "contract_id")
    private Contract contract;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    /** Read when first used (the daily debits read the terms of every contract, not holders). */
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "holder_id")
    private LegalRepresentative holder;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal percent;

    @Column(name = "sibling_rank", nullable = false)
    private int siblingRank;

    @Column(name = "income_basis", precision = 12, scale = 2)
    private BigDecimal incomeBasis;

    private String reason;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "contract_unit", joinColumns = @JoinColumn(name = "terms_id"))
    private List<ContractUnit> units = new ArrayList<>();

    protected ContractTerms() {}

    public ContractTerms(
            Contract contract,
            LocalDate effectiveFrom,
            LegalRepresentative holder,
            BigDecimal percent,
            int siblingRank,
            BigDecimal incomeBasis,
            List<ContractUnit> units,
            String reason,
            Long createdBy,
            Instant createdAt) {
        if (units.isEmpty()) {
            throw new IllegalArgumentException("contract.invalid.emptyPattern");
        }
        if (!holder.getFamily().getId().equals(contract.getChild().getFamily().getId())) {
            throw new IllegalArgumentException("contract.invalid.holder");
        }
        this.contract = contract;
        this.effectiveFrom = effectiveFrom;
        this.holder = holder;
        this.percent = percent;
        this.siblingRank = siblingRank;
        this.incomeBasis = incomeBasis;
        this.units = new ArrayList<>(units);
        this.units.sort(
                Comparator.comparing(ContractUnit::getWeekday)
                        .thenComparing(u -> u.getCareUnit().getStartsAt()));
        this.reason = reason;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** The units of one weekday, in time order. */
    public List<ContractUnit> unitsOn(DayOfWeek day) {
        return units.stream().filter(u -> u.getWeekday() == day).toList();
    }

    public Long getId() {
        return id;
    }

    public Contract getContract() {
        return contract;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public LegalRepresentative getHolder() {
        return holder;
    }

    public BigDecimal getPercent() {
        return percent;
    }

    public int getSiblingRank() {
        return siblingRank;
    }

    public BigDecimal getIncomeBasis() {
        return incomeBasis;
    }

    public String getReason() {
        return reason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<ContractUnit> getUnits() {
        return units;
    }
}
