package ch.monportail.family.boundary;

import ch.monportail.account.boundary.AccountAdministration;
import ch.monportail.account.boundary.EmailChanges;
import ch.monportail.account.entity.Account;
import ch.monportail.account.entity.Role;
import ch.monportail.family.control.Changes;
import ch.monportail.family.control.FamilySearch;
import ch.monportail.family.control.FormRules;
import ch.monportail.family.control.InvalidFamilyDataException;
import ch.monportail.family.entity.AccountHolderChange;
import ch.monportail.family.entity.Child;
import ch.monportail.family.entity.ChildData;
import ch.monportail.family.entity.Family;
import ch.monportail.family.entity.Household;
import ch.monportail.family.entity.LegalRepresentative;
import ch.monportail.platform.control.OptimisticFlush;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The service's family administration (ADMIN, DESIGN §3): find families, register a new family (its
 * representatives get accounts, optionally invited), add or remove a second representative, add and
 * edit children, correct a representative's name, e-mail and language, mark a child as leaving, and
 * change the account holder (« gestionnaire principal ») with a reason. Each change is in the audit
 * log. (Personal data, household and health data: {@link FamilyData}, shared with the parents.)
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class Families {

    static final int MAX_REASON = 500;

    @PersistenceContext private EntityManager em;

    @Inject private FamilyAccess access;

    @Inject private FamilyAudit audit;

    @Inject private AccountAdministration accounts;

    @Inject private EmailChanges emailChanges;

    @Inject private Clock clock;

    @Inject private Instance<FamilyStructures> structures;

    /** A representative to register: the account's data. */
    public record NewRepresentative(
            String email, String firstName, String lastName, String language)
            implements Serializable {}

    /** A new family: its first representative (the account holder) and first child. */
    public record NewFamily(NewRepresentative holder, ChildData child, boolean invite)
            implements Serializable {}

    /** One line of the family list (getters: Faces EL does not read record components). */
    public record FamilyRow(
            long id,
            String name,
            String representatives,
            String emails,
            String children,
            boolean toReview)
            implements Serializable {
        public boolean isToReview() {
            return toReview;
        }

        public long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public String getRepresentatives() {
            return representatives;
        }

        public String getEmails() {
            return emails;
        }

        public String getChildren() {
            return children;
        }
    }

    /**
     * Families whose representatives (name, e-mail) or children (name) match {@code text}, newest
     * first, one page; with {@code toReview} only those with something flagged for the service
     * (tariff data or a child's health data changed by a parent); with {@code structureId} only
     * those with a child who has a contract in that structure that is not a draft (null: every
     * structure). See {@link FamilySearch}.
     */
    public List<FamilyRow> search(
            String text, boolean toReview, Long structureId, int first, int max) {
        FamilySearch search = search(text, toReview, structureId);
        if (search.matchesNothing()) {
            return List.of();
        }
        List<Family> families =
                searchQuery("select f", search, Family.class)
                        .setFirstResult(first)
                        .setMaxResults(max)
                        .getResultList();
        return families.stream().map(Families::row).toList();
    }

    public long count(String text, boolean toReview, Long structureId) {
        FamilySearch search = search(text, toReview, structureId);
        if (search.matchesNothing()) {
            return 0;
        }
        return searchQuery("select count(f)", search, Long.class).getSingleResult();
    }

    /** The structures to search by, by name (none while no contract feature is deployed). */
    public List<FamilyStructures.Choice> structures() {
        return structures.isUnsatisfied() ? List.of() : structures.get().structures();
    }

    private FamilySearch search(String text, boolean toReview, Long structureId) {
        Set<Long> ids = null;
        if (structureId != null) {
            ids = structures.isUnsatisfied() ? Set.of() : structures.get().familyIdsIn(structureId);
        }
        return new FamilySearch(text, toReview, ids);
    }

    private <T> TypedQuery<T> searchQuery(String select, FamilySearch search, Class<T> type) {
        String jpql =
                select
                        + " from Family f"
                        + search.where()
                        + (type == Long.class ? "" : " order by f.id desc");
        TypedQuery<T> query = em.createQuery(jpql, type);
        search.parameters().forEach(query::setParameter);
        return query;
    }

    private static FamilyRow row(Family family) {
        return new FamilyRow(
                family.getId(),
                family.getDisplayName(),
                String.join(
                        ", ",
                        family.getRepresentatives().stream()
                                .map(LegalRepresentative::getDisplayName)
                                .toList()),
                String.join(
                        ", ",
                        family.getRepresentatives().stream()
                                .map(r -> r.getAccount().getEmail())
                                .toList()),
                String.join(
                        ", ", family.getChildren().stream().map(Child::getDisplayName).toList()),
                family.getRepresentatives().stream()
                                .anyMatch(r -> r.getHousehold().isTariffReviewPending())
                        || family.getChildren().stream().anyMatch(Child::isHealthReviewPending));
    }

    /** Children whose first or last name contains {@code text} (for a contract), at most 20. */
    public List<Child> findChildren(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return em.createQuery(
                        "select c from Child c where lower(c.firstName) like :t"
                                + " or lower(c.lastName) like :t"
                                + " or lower(concat(concat(c.firstName, ' '), c.lastName)) like :t"
                                + " order by c.lastName, c.firstName",
                        Child.class)
                .setParameter("t", "%" + text.strip().toLowerCase(Locale.ROOT) + "%")
                .setMaxResults(20)
                .getResultList();
    }

    /** Registers a family; returns its id. The first representative is the account holder. */
    public long create(NewFamily request, String loginUrl) {
        Family family = new Family(clock.instant());
        em.persist(family);
        Household household = new Household(family);
        em.persist(household);
        LegalRepresentative holder =
                representative(family, household, request.holder(), request.invite(), loginUrl);
        Child child = new Child(family, childData(request.child()));
        em.persist(child);
        // the rows first, then the holder: family → holder → household → family is a cycle
        em.flush();
        family.holderIs(holder);
        audit.record(
                family,
                FamilyAudit.FAMILY_CREATED,
                "holder " + holder.getDisplayName() + ", child " + child.getDisplayName());
        return family.getId();
    }

    /**
     * Adds a second representative, living in the holder's household ({@code sameHousehold}) or in
     * their own (separated parents). A child has at most two legal representatives.
     */
    public long addRepresentative(
            long familyId,
            NewRepresentative data,
            boolean sameHousehold,
            boolean invite,
            String loginUrl) {
        Family family = access.family(familyId);
        if (family.getRepresentatives().size() >= 2) {
            throw new InvalidFamilyDataException("family.invalid.twoRepresentatives");
        }
        Household household;
        if (sameHousehold) {
            household = family.getAccountHolder().getHousehold();
        } else {
            household = new Household(family);
            em.persist(household);
        }
        LegalRepresentative representative =
                representative(family, household, data, invite, loginUrl);
        em.flush();
        audit.record(family, FamilyAudit.REPRESENTATIVE_ADDED, representative.getDisplayName());
        return representative.getId();
    }

    /**
     * The ADMIN corrects a representative's name, e-mail (the login identifier) and language, which
     * live in their account. {@code expectedVersion} is the account's version the page showed (a
     * login also changes it: the page then reloads, nothing is overwritten). The e-mail changes at
     * once, without the confirmation link a parent's own change needs ({@link
     * EmailChanges#changeByAdmin}: the service has checked the address with the representative; the
     * old address is told). The family's history gets old → new. Returns whether anything changed.
     */
    public boolean updateRepresentative(
            long representativeId, NewRepresentative data, long expectedVersion) {
        LegalRepresentative representative = access.representativeToEdit(representativeId);
        Account account = representative.getAccount();
        FamilyData.checkVersion(account.getVersion(), expectedVersion);
        String nameBefore = representative.getDisplayName();
        String firstName = FormRules.name(data.firstName(), "firstName");
        String lastName = FormRules.name(data.lastName(), "lastName");
        String email =
                Account.tryNormalizeEmail(data.email())
                        .orElseThrow(() -> new InvalidFamilyDataException("family.invalid.email"));
        if (data.language() == null || !Account.LANGUAGES.contains(data.language())) {
            throw new InvalidFamilyDataException("family.invalid.language");
        }
        Changes changes =
                new Changes()
                        .field("firstName", account.getFirstName(), firstName)
                        .field("lastName", account.getLastName(), lastName)
                        .field("email", account.getEmail(), email)
                        .field("language", account.getLanguage(), data.language());
        if (changes.isEmpty()) {
            return false;
        }
        // the e-mail first: its bulk update of pending links runs before any change of this
        // account is pending, so a concurrent save is only detected at our flush below
        emailChanges.changeByAdmin(account.getId(), email);
        accounts.correctNameAndLanguage(account.getId(), firstName, lastName, data.language());
        OptimisticFlush.flush(em, ConcurrentChangeException::new);
        audit.record(
                representative.getFamily(),
                FamilyAudit.REPRESENTATIVE_CHANGED,
                nameBefore + ": " + changes.describe());
        return true;
    }

    /**
     * Removes a representative (not the account holder: change the holder first). The account stays
     * (it may hold a balance) but no longer opens the family.
     */
    public void removeRepresentative(long representativeId) {
        LegalRepresentative representative = access.representative(representativeId);
        if (representative.isAccountHolder()) {
            throw new InvalidFamilyDataException("family.invalid.removeHolder");
        }
        representative.remove(clock.instant());
        audit.record(
                representative.getFamily(),
                FamilyAudit.REPRESENTATIVE_REMOVED,
                representative.getDisplayName());
    }

    public long addChild(long familyId, ChildData data) {
        Family family = access.family(familyId);
        Child child = new Child(family, childData(data));
        em.persist(child);
        em.flush();
        audit.record(family, FamilyAudit.CHILD_ADDED, child.getDisplayName());
        return child.getId();
    }

    public void updateChild(long childId, ChildData data, long expectedVersion) {
        Child child = access.childToEdit(childId);
        FamilyData.checkVersion(child.getVersion(), expectedVersion);
        ChildData before = child.data();
        ChildData valid = childData(data);
        Changes changes =
                new Changes()
                        .field("firstName", before.firstName(), valid.firstName())
                        .field("lastName", before.lastName(), valid.lastName())
                        .field("birthDate", before.birthDate(), valid.birthDate())
                        .field("schoolGrade", before.schoolGrade(), valid.schoolGrade())
                        .field("schoolClass", before.schoolClass(), valid.schoolClass());
        if (!changes.isEmpty()) {
            child.update(valid);
            audit.record(
                    child.getFamily(),
                    FamilyAudit.CHILD_CHANGED,
                    child.getDisplayName() + ": " + changes.describe());
        }
    }

    /** The child leaves on {@code lastDay} (its last day of care); null cancels the departure. */
    public void markLeaving(long childId, LocalDate lastDay) {
        Child child = access.childToEdit(childId);
        LocalDate before = child.getLeavingOn();
        if (java.util.Objects.equals(before, lastDay)) {
            return;
        }
        child.leavesOn(lastDay);
        audit.record(
                child.getFamily(),
                FamilyAudit.CHILD_LEAVING,
                child.getDisplayName()
                        + ": "
                        + new Changes().field("leavingOn", before, lastDay).describe());
    }

    /**
     * Changes the account holder (« gestionnaire principal », the guide: by contacting the service
     * générations). Effective from {@code effectiveFrom} (today or later) for the debits of the
     * services from that day; what is booked stays on the old holder's account. A reason is
     * required; the change is kept in the holder history and the audit log.
     */
    public void changeAccountHolder(
            long familyId, long newHolderId, LocalDate effectiveFrom, String reason) {
        Family family = access.family(familyId);
        LegalRepresentative newHolder = access.representative(newHolderId);
        if (!newHolder.getFamily().getId().equals(family.getId())) {
            throw new ch.monportail.platform.control.NotFoundException();
        }
        if (family.isAccountHolder(newHolder)) {
            throw new InvalidFamilyDataException("family.invalid.alreadyHolder");
        }
        LocalDate today = LocalDate.now(clock);
        if (effectiveFrom == null || effectiveFrom.isBefore(today)) {
            throw new InvalidFamilyDataException("family.invalid.holderDate");
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON) {
            throw new InvalidFamilyDataException("family.invalid.holderReason");
        }
        LegalRepresentative oldHolder = family.getAccountHolder();
        em.persist(
                new AccountHolderChange(
                        family,
                        oldHolder,
                        newHolder,
                        effectiveFrom,
                        reason.strip(),
                        access.callerId(),
                        clock.instant()));
        family.holderIs(newHolder);
        audit.record(
                family,
                FamilyAudit.ACCOUNT_HOLDER_CHANGED,
                (oldHolder == null ? "—" : oldHolder.getDisplayName())
                        + " → "
                        + newHolder.getDisplayName()
                        + " from "
                        + effectiveFrom
                        + "; reason: "
                        + reason.strip());
    }

    /** The family's account-holder changes, newest first. */
    public List<AccountHolderChange> holderHistory(long familyId) {
        Family family = access.family(familyId);
        return em.createQuery(
                        "select h from AccountHolderChange h where h.family = :f"
                                + " order by h.changedAt desc, h.id desc",
                        AccountHolderChange.class)
                .setParameter("f", family)
                .getResultList();
    }

    private LegalRepresentative representative(
            Family family,
            Household household,
            NewRepresentative data,
            boolean invite,
            String loginUrl) {
        Account account =
                accounts.create(
                        data.email(),
                        FormRules.name(data.firstName(), "firstName"),
                        FormRules.name(data.lastName(), "lastName"),
                        Role.PARENT,
                        data.language() == null ? "fr" : data.language(),
                        invite,
                        loginUrl);
        LegalRepresentative representative = new LegalRepresentative(family, household, account);
        em.persist(representative);
        return representative;
    }

    private static ChildData childData(ChildData data) {
        if (data == null || data.birthDate() == null) {
            throw new InvalidFamilyDataException("family.invalid.required", "birthDate");
        }
        return new ChildData(
                FormRules.name(data.firstName(), "firstName"),
                FormRules.name(data.lastName(), "lastName"),
                data.birthDate(),
                data.schoolGrade(),
                data.schoolClass() == null || data.schoolClass().isBlank()
                        ? null
                        : data.schoolClass().strip());
    }
}
