package ch.monportail.structure.entity;

import ch.monportail.account.entity.Account;
import ch.monportail.account.entity.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A childcare structure of the municipality (DESIGN §4): a UAPE or a crèche, with its contact, its
 * care units and the educators who work there (an EDUCATOR sees the children of these structures
 * only).
 */
@Entity
@Table(name = "structure")
public class Structure {

    @Id
    @SequenceGenerator(name = "structure_seq", sequenceName = "structure_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "structure_seq")
    private Long id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StructureKind kind;

    private String street;
    private String postcode;
    private String city;
    private String phone;
    private String email;

    @Column(nullable = false)
    private boolean active = true;

    @OneToMany(mappedBy = "structure")
    @OrderBy("sortOrder, startsAt, id")
    private List<CareUnit> careUnits = new ArrayList<>();

    @ManyToMany
    @JoinTable(
            name = "structure_educator",
            joinColumns = @JoinColumn(name = "structure_id"),
            inverseJoinColumns = @JoinColumn(name = "account_id"))
    @OrderBy("lastName, firstName")
    private Set<Account> educators = new LinkedHashSet<>();

    @Embedded private AgendaSettings agendaSettings = new AgendaSettings();

    @Version private long version;

    protected Structure() {}

    public Structure(StructureData data) {
        update(data);
    }

    public void update(StructureData data) {
        if (data.name() == null || data.name().isBlank() || data.kind() == null) {
            throw new IllegalArgumentException("name and kind are required");
        }
        name = data.name().strip();
        kind = data.kind();
        street = data.street();
        postcode = data.postcode();
        city = data.city();
        phone = data.phone();
        email = data.email();
    }

    public StructureData data() {
        return new StructureData(name, kind, street, postcode, city, phone, email);
    }

    /** Adds an educator; only EDUCATOR accounts work in a structure. Returns false if present. */
    public boolean addEducator(Account educator) {
        if (educator.getRole() != Role.EDUCATOR) {
            throw new IllegalArgumentException("not an educator");
        }
        if (educators.stream().anyMatch(e -> same(e, educator))) {
            return false;
        }
        return educators.add(educator);
    }

    public boolean removeEducator(Account educator) {
        return educators.removeIf(e -> same(e, educator));
    }

    private static boolean same(Account a, Account b) {
        return a == b || (a.getId() != null && a.getId().equals(b.getId()));
    }

    public void close() {
        active = false;
    }

    public void reopen() {
        active = true;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public StructureKind getKind() {
        return kind;
    }

    public String getStreet() {
        return street;
    }

    public String getPostcode() {
        return postcode;
    }

    public String getCity() {
        return city;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public boolean isActive() {
        return active;
    }

    public List<CareUnit> getCareUnits() {
        return careUnits;
    }

    public List<Account> getEducators() {
        return List.copyOf(educators);
    }

    /** The agenda rules (absence cut-off, late percentage, illness, extra-care surcharge). */
    public AgendaSettings getAgendaSettings() {
        return agendaSettings;
    }

    public void changeAgendaSettings(AgendaSettings settings) {
        this.agendaSettings = java.util.Objects.requireNonNull(settings);
    }

    public long getVersion() {
        return version;
    }
}
