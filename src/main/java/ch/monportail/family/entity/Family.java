package ch.monportail.family.entity;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A family (DESIGN §3): one or two legal representatives, their children, and the account holder
 * (<em>gestionnaire principal</em>) who is debited and sees the money pages. Only the ADMIN changes
 * the holder; each change is kept in {@link AccountHolderChange}.
 */
@Entity
@Table(name = "family")
public class Family {

    @Id
    @SequenceGenerator(name = "family_seq", sequenceName = "family_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "family_seq")
    private Long id;

    @ManyToOne
    @JoinColumn(name = "account_holder_id")
    private LegalRepresentative accountHolder;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "family")
    @OrderBy("id")
    private List<LegalRepresentative> representatives = new ArrayList<>();

    @OneToMany(mappedBy = "family")
    @OrderBy("birthDate, firstName")
    private List<Child> children = new ArrayList<>();

    @Version private long version;

    protected Family() {}

    public Family(Instant createdAt) {
        this.createdAt = createdAt;
    }

    /** The representatives with access (removed ones keep their row for the history). */
    public List<LegalRepresentative> getRepresentatives() {
        return representatives.stream().filter(LegalRepresentative::isActive).toList();
    }

    public List<Child> getChildren() {
        return children;
    }

    /** "Favre" or "Mayor / Dubuis": the distinct last names of the active representatives. */
    public String getDisplayName() {
        return getRepresentatives().stream()
                .map(r -> r.getAccount().getLastName())
                .distinct()
                .collect(Collectors.joining(" / "));
    }

    /** Makes {@code representative} the account holder; it must belong to this family. */
    public void holderIs(LegalRepresentative representative) {
        if (representative.getFamily() != this || !representative.isActive()) {
            throw new IllegalArgumentException("not a representative of this family");
        }
        this.accountHolder = representative;
    }

    public void addRepresentative(LegalRepresentative representative) {
        representatives.add(representative);
    }

    public void addChild(Child child) {
        children.add(child);
    }

    public boolean isAccountHolder(LegalRepresentative representative) {
        return accountHolder != null
                && (accountHolder == representative
                        || (accountHolder.getId() != null
                                && accountHolder.getId().equals(representative.getId())));
    }

    public Long getId() {
        return id;
    }

    public LegalRepresentative getAccountHolder() {
        return accountHolder;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
