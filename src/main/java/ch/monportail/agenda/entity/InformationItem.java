package ch.monportail.agenda.entity;

import ch.monportail.family.entity.Child;
import ch.monportail.structure.entity.CareUnit;
import ch.monportail.structure.entity.Structure;
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
import java.time.Instant;
import java.time.LocalDate;

/**
 * An information item (DESIGN §6) the service or an educator posts for a day or a period: to a
 * whole structure ("fermeture à 16h"), one care unit of it ("sortie au bois, prévoir des bottes")
 * or one child ("apporter le carnet de vaccination"). The parents see it in the agenda.
 */
@Entity
@Table(name = "information_item")
public class InformationItem {

    public static final int MAX_TITLE = 120;
    public static final int MAX_BODY = 2000;

    @Id
    @SequenceGenerator(
            name = "information_item_seq",
            sequenceName = "information_item_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "information_item_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "structure_id")
    private Structure structure;

    @ManyToOne
    @JoinColumn(name = "care_unit_id")
    private CareUnit careUnit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "child_id")
    private Child child;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(nullable = false)
    private String title;

    private String body;

    @Column(name = "author_id")
    private Long authorId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version private long version;

    protected InformationItem() {}

    public InformationItem(
            Structure structure,
            CareUnit careUnit,
            Child child,
            LocalDate startsOn,
            LocalDate endsOn,
            String title,
            String body,
            Long authorId,
            Instant createdAt) {
        if (startsOn == null || endsOn == null || endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("information.invalid.period");
        }
        if (title == null || title.isBlank() || title.strip().length() > MAX_TITLE) {
            throw new IllegalArgumentException("information.invalid.title");
        }
        if (body != null && body.strip().length() > MAX_BODY) {
            throw new IllegalArgumentException("information.invalid.body");
        }
        if (careUnit != null && !careUnit.getStructure().getId().equals(structure.getId())) {
            throw new IllegalArgumentException("information.invalid.careUnit");
        }
        this.structure = structure;
        this.careUnit = careUnit;
        this.child = child;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.title = title.strip();
        this.body = body == null || body.isBlank() ? null : body.strip();
        this.authorId = authorId;
        this.createdAt = createdAt;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
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

    public Child getChild() {
        return child;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
