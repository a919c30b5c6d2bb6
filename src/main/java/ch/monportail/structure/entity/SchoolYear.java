package ch.monportail.structure.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.Month;

/** A school year, 1 August of {@code startYear} to 31 July of the next (DESIGN §4). */
@Entity
@Table(name = "school_year")
public class SchoolYear {

    @Id
    @SequenceGenerator(
            name = "school_year_seq",
            sequenceName = "school_year_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "school_year_seq")
    private Long id;

    @Column(name = "start_year", nullable = false, unique = true)
    private int startYear;

    @Version private long version;

    protected SchoolYear() {}

    public SchoolYear(int startYear) {
        if (startYear < 2000 || startYear > 2100) {
            throw new IllegalArgumentException("start year out of range");
        }
        this.startYear = startYear;
    }

    public LocalDate getStart() {
        return LocalDate.of(startYear, Month.AUGUST, 1);
    }

    public LocalDate getEnd() {
        return getStart().plusYears(1).minusDays(1);
    }

    /** "2026/27". */
    public String getLabel() {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }

    public Long getId() {
        return id;
    }

    public int getStartYear() {
        return startYear;
    }
}
