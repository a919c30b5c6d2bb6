package ch.monportail.structure.entity;

import ch.monportail.structure.control.Tariff;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The tariff of a structure for a school year (DESIGN §4), as stored; {@link #rule()} gives the
 * calculator. Editing a tariff never changes a contract: contracts freeze their prices.
 */
@Entity
@Table(name = "tariff")
public class StructureTariff {

    @Id
    @SequenceGenerator(name = "tariff_seq", sequenceName = "tariff_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tariff_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "structure_id")
    private Structure structure;

    @ManyToOne(optional = false)
    @JoinColumn(name = "school_year_id")
    private SchoolYear schoolYear;

    @Column(name = "not_declared_percent", nullable = false)
    private BigDecimal notDeclaredPercent;

    @Column(name = "second_child_reduction", nullable = false)
    private BigDecimal secondChildReduction;

    @Column(name = "further_child_reduction", nullable = false)
    private BigDecimal furtherChildReduction;

    @ElementCollection
    @CollectionTable(name = "tariff_bracket", joinColumns = @JoinColumn(name = "tariff_id"))
    private List<TariffBracket> brackets = new ArrayList<>();

    @Version private long version;

    protected StructureTariff() {}

    public StructureTariff(
            Structure structure,
            SchoolYear schoolYear,
            List<TariffBracket> brackets,
            BigDecimal notDeclaredPercent,
            BigDecimal secondChildReduction,
            BigDecimal furtherChildReduction) {
        this.structure = structure;
        this.schoolYear = schoolYear;
        replace(brackets, notDeclaredPercent, secondChildReduction, furtherChildReduction);
    }

    /** Replaces the rows; refused (IllegalArgumentException) when the calculator refuses them. */
    public void replace(
            List<TariffBracket> newBrackets,
            BigDecimal notDeclared,
            BigDecimal secondChild,
            BigDecimal furtherChild) {
        new Tariff(
                newBrackets.stream()
                        .map(b -> new Tariff.Bracket(b.getUpTo(), b.getPercent()))
                        .toList(),
                notDeclared,
                secondChild,
                furtherChild);
        brackets = new ArrayList<>(newBrackets);
        notDeclaredPercent = notDeclared;
        secondChildReduction = secondChild;
        furtherChildReduction = furtherChild;
    }

    public Tariff rule() {
        return new Tariff(
                brackets.stream()
                        .map(b -> new Tariff.Bracket(b.getUpTo(), b.getPercent()))
                        .toList(),
                notDeclaredPercent,
                secondChildReduction,
                furtherChildReduction);
    }

    public Long getId() {
        return id;
    }

    public Structure getStructure() {
        return structure;
    }

    public SchoolYear getSchoolYear() {
        return schoolYear;
    }

    /** The brackets by limit, the open one last. */
    public List<Tariff.Bracket> getBrackets() {
        return rule().getBrackets();
    }

    public BigDecimal getNotDeclaredPercent() {
        return notDeclaredPercent;
    }

    public BigDecimal getSecondChildReduction() {
        return secondChildReduction;
    }

    public BigDecimal getFurtherChildReduction() {
        return furtherChildReduction;
    }
}
