package ch.monportail.family.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A person authorised to fetch the child (« Personnes autorisées à venir chercher votre enfant »),
 * per child, edited by either parent and the ADMIN, shown on the presence lists. Its changes are
 * guarded by the child's version (see {@link Child}).
 */
@Entity
@Table(name = "pickup_person")
public class PickupPerson {

    public static final int MAX_NOTE = 500;

    @Id
    @SequenceGenerator(
            name = "pickup_person_seq",
            sequenceName = "pickup_person_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pickup_person_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "child_id")
    private Child child;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "last_name", nullable = false)
    private String lastName;

    @Column(nullable = false)
    private String relationship;

    @Column(nullable = false)
    private String phone;

    private String note;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected PickupPerson() {}

    public PickupPerson(Child child, PickupData data, Instant createdAt) {
        this.child = child;
        this.createdAt = createdAt;
        update(data);
        child.getPickupPersons().add(this);
    }

    public void update(PickupData data) {
        if (blank(data.firstName())
                || blank(data.lastName())
                || blank(data.relationship())
                || blank(data.phone())) {
            throw new IllegalArgumentException("name, relationship and phone are required");
        }
        if (data.note() != null && data.note().strip().length() > MAX_NOTE) {
            throw new IllegalArgumentException("note too long");
        }
        firstName = data.firstName().strip();
        lastName = data.lastName().strip();
        relationship = data.relationship().strip();
        phone = data.phone();
        note = blank(data.note()) ? null : data.note().strip();
    }

    public PickupData data() {
        return new PickupData(firstName, lastName, relationship, phone, note);
    }

    /** Same person, same name and phone: used to avoid copying a person twice to a sibling. */
    public boolean samePersonAs(PickupData other) {
        return firstName.equalsIgnoreCase(other.firstName())
                && lastName.equalsIgnoreCase(other.lastName())
                && phone.equals(other.phone());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getDisplayName() {
        return firstName + " " + lastName;
    }

    public Long getId() {
        return id;
    }

    public Child getChild() {
        return child;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getRelationship() {
        return relationship;
    }

    public String getPhone() {
        return phone;
    }

    public String getNote() {
        return note;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
