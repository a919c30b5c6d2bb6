package ch.monportail.structure.entity;

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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalTime;

/**
 * A care unit (<em>prestation</em>, DESIGN §4): a named time slot of a structure ("Accueil du matin
 * 07:00–08:00", "Midi avec repas", "Journée vacances"), its full price (<em>prix coûtant</em>), an
 * optional fixed meal price (never reduced by the tariff), its capacity, and whether it runs on
 * school days, in holiday programmes, or both. A unit in use is deactivated, never deleted: frozen
 * contract prices refer to it.
 */
@Entity
@Table(name = "care_unit")
public class CareUnit {

    public static final int MAX_CAPACITY = 500;
    public static final BigDecimal MAX_PRICE = new BigDecimal("999999.99");

    @Id
    @SequenceGenerator(name = "care_unit_seq", sequenceName = "care_unit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "care_unit_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "structure_id")
    private Structure structure;

    @Column(nullable = false)
    private String name;

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalTime endsAt;

    @Column(name = "full_price", nullable = false, precision = 8, scale = 2)
    private BigDecimal fullPrice;

    @Column(name = "meal_price", precision = 8, scale = 2)
    private BigDecimal mealPrice;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "on_school_days", nullable = false)
    private boolean onSchoolDays;

    @Column(name = "in_holidays", nullable = false)
    private boolean inHolidays;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version private long version;

    protected CareUnit() {}

    public CareUnit(Structure structure, CareUnitData data) {
        this.structure = structure;
        update(data);
        structure.getCareUnits().add(this);
    }

    /** Applies the data; refuses what the rules do not allow (the reason in the message). */
    public void update(CareUnitData data) {
        check(data);
        name = data.name().strip();
        startsAt = data.startsAt();
        endsAt = data.endsAt();
        fullPrice = data.fullPrice().setScale(2, RoundingMode.UNNECESSARY);
        mealPrice =
                data.mealPrice() == null || data.mealPrice().signum() == 0
                        ? null
                        : data.mealPrice().setScale(2, RoundingMode.UNNECESSARY);
        capacity = data.capacity();
        onSchoolDays = data.onSchoolDays();
        inHolidays = data.inHolidays();
        sortOrder = data.sortOrder();
    }

    /**
     * The invariants of a care unit: a name, an end after the start, prices of at most two decimals
     * from 0 to {@link #MAX_PRICE}, a capacity of 1 to {@link #MAX_CAPACITY}, running on school
     * days or in holidays (or both). The exception's message names the refused part.
     */
    public static void check(CareUnitData data) {
        if (data.name() == null || data.name().isBlank()) {
            throw new IllegalArgumentException("careUnit.invalid.name");
        }
        if (data.startsAt() == null
                || data.endsAt() == null
                || !data.endsAt().isAfter(data.startsAt())) {
            throw new IllegalArgumentException("careUnit.invalid.times");
        }
        if (!validPrice(data.fullPrice())
                || (data.mealPrice() != null && !validPrice(data.mealPrice()))) {
            throw new IllegalArgumentException("careUnit.invalid.price");
        }
        if (data.capacity() < 1 || data.capacity() > MAX_CAPACITY) {
            throw new IllegalArgumentException("careUnit.invalid.capacity");
        }
        if (!data.onSchoolDays() && !data.inHolidays()) {
            throw new IllegalArgumentException("careUnit.invalid.when");
        }
    }

    private static boolean validPrice(BigDecimal price) {
        return price != null
                && price.signum() >= 0
                && price.compareTo(MAX_PRICE) <= 0
                && price.stripTrailingZeros().scale() <= 2;
    }

    public CareUnitData data() {
        return new CareUnitData(
                name,
                startsAt,
                endsAt,
                fullPrice,
                mealPrice,
                capacity,
                onSchoolDays,
                inHolidays,
                sortOrder);
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    /** "Accueil du matin 07:00–08:00". */
    public String getLabel() {
        return name + " " + startsAt + "–" + endsAt;
    }

    public Long getId() {
        return id;
    }

    public Structure getStructure() {
        return structure;
    }

    public String getName() {
        return name;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public LocalTime getEndsAt() {
        return endsAt;
    }

    public BigDecimal getFullPrice() {
        return fullPrice;
    }

    public BigDecimal getMealPrice() {
        return mealPrice;
    }

    public int getCapacity() {
        return capacity;
    }

    public boolean isOnSchoolDays() {
        return onSchoolDays;
    }

    public boolean isInHolidays() {
        return inHolidays;
    }

    public boolean isActive() {
        return active;
    }

    /**
     * Whether a contract's weekly pattern may take this unit (DESIGN §5: the pattern runs on school
     * days): an active unit that runs on school days. Holiday-programme-only units are booked by
     * holiday registrations, not by contracts.
     */
    public boolean isInWeeklyPattern() {
        return active && onSchoolDays;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public long getVersion() {
        return version;
    }
}
