package ch.monportail.family.entity;

import ch.monportail.account.entity.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A legal representative (<em>représentant légal</em>) of the family's children, with their own
 * login {@link Account} (name, e-mail and language live there, changed through the account
 * feature). A removed representative keeps the row — the account-holder history refers to it — and
 * loses all access to the family.
 */
@Entity
@Table(name = "legal_representative")
public class LegalRepresentative {

    @Id
    @SequenceGenerator(
            name = "legal_representative_seq",
            sequenceName = "legal_representative_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "legal_representative_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "family_id")
    private Family family;

    @ManyToOne(optional = false)
    @JoinColumn(name = "household_id")
    private Household household;

    @OneToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    private String street;
    private String postcode;
    private String city;

    @Column(name = "mobile_phone")
    private String mobilePhone;

    @Column(name = "home_phone")
    private String homePhone;

    @Column(name = "work_phone")
    private String workPhone;

    private String employer;
    private String profession;

    @Column(name = "occupation_rate")
    private Integer occupationRate;

    @Column(name = "removed_at")
    private Instant removedAt;

    @Version private long version;

    protected LegalRepresentative() {}

    public LegalRepresentative(Family family, Household household, Account account) {
        if (household.getFamily() != family) {
            throw new IllegalArgumentException("household of another family");
        }
        this.family = family;
        this.household = household;
        this.account = account;
        family.addRepresentative(this);
    }

    public void update(PersonalData data) {
        street = data.street();
        postcode = data.postcode();
        city = data.city();
        mobilePhone = data.mobilePhone();
        homePhone = data.homePhone();
        workPhone = data.workPhone();
        employer = data.employer();
        profession = data.profession();
        occupationRate = data.occupationRate();
    }

    public PersonalData personalData() {
        return new PersonalData(
                street,
                postcode,
                city,
                mobilePhone,
                homePhone,
                workPhone,
                employer,
                profession,
                occupationRate);
    }

    /** The service removes this representative from the family; the account holder cannot be. */
    public void remove(Instant at) {
        if (family.isAccountHolder(this)) {
            throw new IllegalStateException("the account holder cannot be removed");
        }
        removedAt = at;
    }

    public boolean isActive() {
        return removedAt == null;
    }

    /** The first phone to call in an emergency: mobile, else home, else work. */
    public String getEmergencyPhone() {
        return mobilePhone != null ? mobilePhone : homePhone != null ? homePhone : workPhone;
    }

    public String getDisplayName() {
        return account.getDisplayName();
    }

    public boolean isAccountHolder() {
        return family.isAccountHolder(this);
    }

    public Long getId() {
        return id;
    }

    public Family getFamily() {
        return family;
    }

    public Household getHousehold() {
        return household;
    }

    public Account getAccount() {
        return account;
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

    public String getMobilePhone() {
        return mobilePhone;
    }

    public String getHomePhone() {
        return homePhone;
    }

    public String getWorkPhone() {
        return workPhone;
    }

    public String getEmployer() {
        return employer;
    }

    public String getProfession() {
        return profession;
    }

    public Integer getOccupationRate() {
        return occupationRate;
    }

    public Instant getRemovedAt() {
        return removedAt;
    }

    public long getVersion() {
        return version;
    }
}
