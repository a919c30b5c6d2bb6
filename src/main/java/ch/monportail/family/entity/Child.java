package ch.monportail.family.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A child of the family (DESIGN §3). Diet/allergies and medical notes are sensitive: shown only to
 * the parents, the ADMIN and the child's educators; a parent's change of them is flagged for the
 * service and the educators ({@link #isHealthReviewPending()}). The version also guards the list of
 * pickup persons: every change of that list increments it, so two parents saving the list at the
 * same time cannot overwrite each other.
 */
@Entity
@Table(name = "child")
public class Child {

    public static final int MAX_DIET = 1000;
    public static final int MAX_MEDICAL = 2000;

    @Id
    @SequenceGenerator(name = "child_seq", sequenceName = "child_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "child_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "family_id")
    private Family family;

    /** The family's id, read without reading the family (the daily debits of all children). */
    @Column(name = "family_id", insertable = false, updatable = false)
    private Long familyId;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "last_name", nullable = false)
    private String lastName;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Convert(converter = GradeConverter.class)
    @Column(name = "school_grade")
    private SchoolGrade schoolGrade;

    @Column(name = "school_class")
    private String schoolClass;

    private String diet;

    @Column(name = "medical_notes")
    private String medicalNotes;

    @Column(name = "health_review_pending", nullable = false)
    private boolean healthReviewPending;

    @Column(name = "health_changed_at")
    private Instant healthChangedAt;

    @Column(name = "leaving_on")
    private LocalDate leavingOn;

    @OneToMany(mappedBy = "child")
    @OrderBy("lastName, firstName, id")
    private List<PickupPerson> pickupPersons = new ArrayList<>();

    @Version private long version;

    protected Child() {}

    public Child(Family family, ChildData data) {
        this.family = family;
        update(data);
        family.addChild(this);
    }

    public void update(ChildData data) {
        if (blank(data.firstName()) || blank(data.lastName()) || data.birthDate() == null) {
            throw new IllegalArgumentException("names and birth date are required");
        }
        firstName = data.firstName().strip();
        lastName = data.lastName().strip();
        birthDate = data.birthDate();
        schoolGrade = data.schoolGrade();
        schoolClass = blank(data.schoolClass()) ? null : data.schoolClass().strip();
    }

    public ChildData data() {
        return new ChildData(firstName, lastName, birthDate, schoolGrade, schoolClass);
    }

    /**
     * Diet/allergies and medical notes; returns whether they changed. With {@code flag} (a parent's
     * change) the change is flagged for the service and the educators.
     */
    public boolean updateHealth(String newDiet, String newMedicalNotes, boolean flag, Instant at) {
        String d = blank(newDiet) ? null : newDiet.strip();
        String m = blank(newMedicalNotes) ? null : newMedicalNotes.strip();
        if ((d != null && d.length() > MAX_DIET) || (m != null && m.length() > MAX_MEDICAL)) {
            throw new IllegalArgumentException("text too long");
        }
        boolean changed = !Objects.equals(d, diet) || !Objects.equals(m, medicalNotes);
        if (changed) {
            diet = d;
            medicalNotes = m;
            healthChangedAt = at;
            healthReviewPending = healthReviewPending || flag;
        }
        return changed;
    }

    /** The service (or the child's educators) have taken note of the health data. */
    public void healthReviewed() {
        healthReviewPending = false;
    }

    /** The child leaves the structures on {@code date} (last day of care); null = stays. */
    public void leavesOn(LocalDate date) {
        this.leavingOn = date;
    }

    public boolean hasLeft(LocalDate today) {
        return leavingOn != null && leavingOn.isBefore(today);
    }

    public String getDisplayName() {
        return firstName + " " + lastName;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public Long getId() {
        return id;
    }

    /** The family's id (also before the child is first stored). */
    public Long getFamilyId() {
        return familyId != null ? familyId : family.getId();
    }

    public Family getFamily() {
        return family;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public SchoolGrade getSchoolGrade() {
        return schoolGrade;
    }

    public String getSchoolClass() {
        return schoolClass;
    }

    public String getDiet() {
        return diet;
    }

    public String getMedicalNotes() {
        return medicalNotes;
    }

    public boolean isHealthReviewPending() {
        return healthReviewPending;
    }

    public Instant getHealthChangedAt() {
        return healthChangedAt;
    }

    public LocalDate getLeavingOn() {
        return leavingOn;
    }

    public List<PickupPerson> getPickupPersons() {
        return pickupPersons;
    }

    public long getVersion() {
        return version;
    }

    /** Stores a grade as its label ("4H"). */
    @Converter
    public static class GradeConverter implements AttributeConverter<SchoolGrade, String> {
        @Override
        public String convertToDatabaseColumn(SchoolGrade grade) {
            return grade == null ? null : grade.getLabel();
        }

        @Override
        public SchoolGrade convertToEntityAttribute(String label) {
            return label == null ? null : SchoolGrade.ofLabel(label);
        }
    }
}
