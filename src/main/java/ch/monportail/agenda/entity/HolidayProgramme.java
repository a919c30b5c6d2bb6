package ch.monportail.agenda.entity;

import ch.monportail.structure.entity.CareUnit;
import ch.monportail.structure.entity.Structure;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A holiday-care programme (DESIGN §6): a structure's care unit on the days of a school holiday,
 * each day with its capacity, open for registration from one date until a deadline. The full price
 * of a day is the unit's unless the programme sets its own (an outing); the family pays its tariff
 * percentage of it, like for a contract's unit.
 */
@Entity
@Table(name = "holiday_programme")
public class HolidayProgramme {

    @Id
    @SequenceGenerator(
            name = "holiday_programme_seq",
            sequenceName = "holiday_programme_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "holiday_programme_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "structure_id")
    private Structure structure;

    @ManyToOne(optional = false)
    @JoinColumn(name = "care_unit_id")
    private CareUnit careUnit;

    @Column(nullable = false)
    private String title;

    @Column(name = "full_price", precision = 8, scale = 2)
    private BigDecimal fullPrice;

    @Column(name = "registration_opens", nullable = false)
    private LocalDate registrationOpens;

    @Column(name = "registration_deadline", nullable = false)
    private LocalDate registrationDeadline;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "programme")
    @OrderBy("day")
    private List<HolidayDay> days = new ArrayList<>();

    @Version private long version;

    protected HolidayProgramme() {}

    public HolidayProgramme(
            CareUnit careUnit,
            String title,
            BigDecimal fullPrice,
            LocalDate registrationOpens,
            LocalDate registrationDeadline,
            Instant createdAt) {
        if (title == null || title.isBlank() || title.strip().length() > 120) {
            throw new IllegalArgumentException("holiday.invalid.title");
        }
        if (registrationOpens == null
                || registrationDeadline == null
                || registrationDeadline.isBefore(registrationOpens)) {
            throw new IllegalArgumentException("holiday.invalid.registration");
        }
        if (fullPrice != null && fullPrice.signum() < 0) {
            throw new IllegalArgumentException("holiday.invalid.price");
        }
        this.structure = careUnit.getStructure();
        this.careUnit = careUnit;
        this.title = title.strip();
        this.fullPrice = fullPrice;
        this.registrationOpens = registrationOpens;
        this.registrationDeadline = registrationDeadline;
        this.createdAt = createdAt;
    }

    /** The full price of a day (before the family's percentage). */
    public BigDecimal dayFullPrice() {
        return fullPrice != null ? fullPrice : careUnit.getFullPrice();
    }

    public boolean isOpenForRegistration(LocalDate today) {
        return !today.isBefore(registrationOpens) && !today.isAfter(registrationDeadline);
    }

    /** After the deadline a cancellation is billed. */
    public boolean isAfterDeadline(LocalDate today) {
        return today.isAfter(registrationDeadline);
    }

    public Long getId() {
        return id;
    }

    public Structure getStructure() {
        return structure;
    }

    public CareUnit getCareUnit() {
        return careUnit;
    }

    public String getTitle() {
        return title;
    }

    public BigDecimal getFullPrice() {
        return fullPrice;
    }

    public LocalDate getRegistrationOpens() {
        return registrationOpens;
    }

    public LocalDate getRegistrationDeadline() {
        return registrationDeadline;
    }

    public List<HolidayDay> getDays() {
        return days;
    }
}
