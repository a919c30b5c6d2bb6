package ch.monportail.agenda.entity;

import ch.monportail.family.entity.Child;
import ch.monportail.structure.entity.CareUnit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A child's arrival and departure for one care unit on one day, as the educator records them on the
 * presence list (DESIGN §6), with who recorded each.
 */
@Entity
@Table(name = "presence")
public class Presence {

    @Id
    @SequenceGenerator(name = "presence_seq", sequenceName = "presence_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "presence_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "child_id")
    private Child child;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "care_unit_id")
    private CareUnit careUnit;

    @Column(name = "present_on", nullable = false)
    private LocalDate day;

    @Column(name = "checked_in_at", nullable = false)
    private LocalTime checkedInAt;

    @Column(name = "checked_in_by")
    private Long checkedInBy;

    @Column(name = "checked_out_at")
    private LocalTime checkedOutAt;

    @Column(name = "checked_out_by")
    private Long checkedOutBy;

    @Version private long version;

    protected Presence() {}

    public Presence(Child child, CareUnit careUnit, LocalDate day, LocalTime at, Long by) {
        this.child = child;
        this.careUnit = careUnit;
        this.day = day;
        this.checkedInAt = at.withSecond(0).withNano(0);
        this.checkedInBy = by;
    }

    public void checkOut(LocalTime at, Long by) {
        if (checkedOutAt != null) {
            throw new IllegalStateException("presence.invalid.alreadyOut");
        }
        LocalTime time = at.withSecond(0).withNano(0);
        checkedOutAt = time.isBefore(checkedInAt) ? checkedInAt : time;
        checkedOutBy = by;
    }

    public Long getId() {
        return id;
    }

    public Child getChild() {
        return child;
    }

    public CareUnit getCareUnit() {
        return careUnit;
    }

    public LocalDate getDay() {
        return day;
    }

    public LocalTime getCheckedInAt() {
        return checkedInAt;
    }

    public LocalTime getCheckedOutAt() {
        return checkedOutAt;
    }

    public long getVersion() {
        return version;
    }
}
