package ch.monportail.structure.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * One entry of a school year's calendar (DESIGN §4): a school period, school holidays, a public
 * holiday, or a closure of one structure; from one day to another, both included.
 */
@Entity
@Table(name = "calendar_entry")
public class CalendarEntry {

    /** What the entry says about its days. */
    public enum Kind {
        SCHOOL_PERIOD,
        SCHOOL_HOLIDAY,
        PUBLIC_HOLIDAY,
        CLOSURE
    }

    @Id
    @SequenceGenerator(
            name = "calendar_entry_seq",
            sequenceName = "calendar_entry_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "calendar_entry_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "school_year_id")
    private SchoolYear schoolYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @ManyToOne
    @JoinColumn(name = "structure_id")
    private Structure structure;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(nullable = false)
    private String label;

    protected CalendarEntry() {}

    public CalendarEntry(
            SchoolYear schoolYear,
            Kind kind,
            Structure structure,
            LocalDate startsOn,
            LocalDate endsOn,
            String label) {
        if (startsOn == null || endsOn == null || endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("calendar.invalid.range");
        }
        if (startsOn.isBefore(schoolYear.getStart()) || endsOn.isAfter(schoolYear.getEnd())) {
            throw new IllegalArgumentException("calendar.invalid.outsideYear");
        }
        if ((kind == Kind.CLOSURE) != (structure != null)) {
            throw new IllegalArgumentException("calendar.invalid.closure");
        }
        if (label == null || label.isBlank() || label.strip().length() > 120) {
            throw new IllegalArgumentException("calendar.invalid.label");
        }
        this.schoolYear = schoolYear;
        this.kind = kind;
        this.structure = structure;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.label = label.strip();
    }

    public Long getId() {
        return id;
    }

    public SchoolYear getSchoolYear() {
        return schoolYear;
    }

    public Kind getKind() {
        return kind;
    }

    public Structure getStructure() {
        return structure;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getLabel() {
        return label;
    }
}
