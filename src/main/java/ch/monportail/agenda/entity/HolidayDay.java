package ch.monportail.agenda.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * One day of a holiday programme with its capacity. Its row is the lock of the registrations of
 * that day: a registration locks it before counting, so two parents registering at the same moment
 * for the last place cannot both get it.
 */
@Entity
@Table(name = "holiday_day")
public class HolidayDay {

    @Id
    @SequenceGenerator(
            name = "holiday_day_seq",
            sequenceName = "holiday_day_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "holiday_day_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "programme_id")
    private HolidayProgramme programme;

    @Column(name = "held_on", nullable = false)
    private LocalDate day;

    @Column(nullable = false)
    private int capacity;

    @Version private long version;

    protected HolidayDay() {}

    public HolidayDay(HolidayProgramme programme, LocalDate day, int capacity) {
        if (capacity < 0 || capacity > 500) {
            throw new IllegalArgumentException("holiday.invalid.capacity");
        }
        this.programme = programme;
        this.day = day;
        this.capacity = capacity;
        programme.getDays().add(this);
    }

    public Long getId() {
        return id;
    }

    public HolidayProgramme getProgramme() {
        return programme;
    }

    public LocalDate getDay() {
        return day;
    }

    public int getCapacity() {
        return capacity;
    }
}
