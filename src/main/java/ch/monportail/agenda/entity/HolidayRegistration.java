package ch.monportail.agenda.entity;

import ch.monportail.contract.entity.Contract;
import ch.monportail.family.entity.Child;
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

/**
 * A child's registration for a holiday day, or place on its waiting list (DESIGN §6), with the
 * family's price of the day fixed when registering. One row per child and day: registering again
 * after a cancellation reuses it (and goes to the end of the waiting list if the day is full).
 */
@Entity
@Table(name = "holiday_registration")
public class HolidayRegistration {

    @Id
    @SequenceGenerator(
            name = "holiday_registration_seq",
            sequenceName = "holiday_registration_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "holiday_registration_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "day_id")
    private HolidayDay day;

    @ManyToOne(optional = false)
    @JoinColumn(name = "child_id")
    private Child child;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "contract_id")
    private Contract contract;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HolidayRegistrationStatus status;

    @Column(nullable = false, precision = 8, scale = 2)
    private BigDecimal price;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "registered_by")
    private Long registeredBy;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Version private long version;

    protected HolidayRegistration() {}

    public HolidayRegistration(
            HolidayDay day,
            Child child,
            Contract contract,
            BigDecimal price,
            boolean placeFree,
            Instant at,
            Long by) {
        this.day = day;
        this.child = child;
        this.contract = contract;
        this.price = price;
        this.status =
                placeFree
                        ? HolidayRegistrationStatus.REGISTERED
                        : HolidayRegistrationStatus.WAITING;
        this.registeredAt = at;
        this.registeredBy = by;
    }

    /** Registering again after a cancellation: a new request, at the end of the queue. */
    public void renew(BigDecimal price, boolean placeFree, Instant at, Long by) {
        if (isActive()) {
            throw new IllegalStateException("holiday.invalid.already");
        }
        this.price = price;
        this.status =
                placeFree
                        ? HolidayRegistrationStatus.REGISTERED
                        : HolidayRegistrationStatus.WAITING;
        this.registeredAt = at;
        this.registeredBy = by;
        this.cancelledAt = null;
    }

    /** Cancels; a registered place after the deadline stays billed. */
    public void cancel(Instant at, boolean afterDeadline) {
        if (!isActive()) {
            throw new IllegalStateException("holiday.invalid.notRegistered");
        }
        status =
                status == HolidayRegistrationStatus.REGISTERED && afterDeadline
                        ? HolidayRegistrationStatus.CANCELLED_LATE
                        : HolidayRegistrationStatus.CANCELLED;
        cancelledAt = at;
    }

    /** A place freed: the first on the waiting list gets it. */
    public void promote() {
        if (status != HolidayRegistrationStatus.WAITING) {
            throw new IllegalStateException("holiday.invalid.notWaiting");
        }
        status = HolidayRegistrationStatus.REGISTERED;
    }

    public boolean isActive() {
        return status == HolidayRegistrationStatus.REGISTERED
                || status == HolidayRegistrationStatus.WAITING;
    }

    /** Billed: registered, or cancelled after the deadline. */
    public boolean isBilled() {
        return status == HolidayRegistrationStatus.REGISTERED
                || status == HolidayRegistrationStatus.CANCELLED_LATE;
    }

    public Long getId() {
        return id;
    }

    public HolidayDay getDay() {
        return day;
    }

    public Child getChild() {
        return child;
    }

    public Contract getContract() {
        return contract;
    }

    public HolidayRegistrationStatus getStatus() {
        return status;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Long getRegisteredBy() {
        return registeredBy;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }
}
