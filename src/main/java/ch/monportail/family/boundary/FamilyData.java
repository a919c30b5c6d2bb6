package ch.monportail.family.boundary;

import ch.monportail.account.entity.Role;
import ch.monportail.family.control.Changes;
import ch.monportail.family.control.FormRules;
import ch.monportail.family.control.InvalidFamilyDataException;
import ch.monportail.family.entity.Child;
import ch.monportail.family.entity.Family;
import ch.monportail.family.entity.Household;
import ch.monportail.family.entity.LegalRepresentative;
import ch.monportail.family.entity.PersonalData;
import ch.monportail.platform.control.OptimisticFlush;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

/**
 * A family's data as the parents keep it up to date (« Données personnelles et professionnelles »,
 * children's health data) and as the ADMIN edits it. Every method that takes an id goes through
 * {@link FamilyAccess}; every save carries the version the page was loaded with, so a concurrent
 * change is refused ({@link ConcurrentChangeException}) instead of overwritten; every change is in
 * the audit log with old → new.
 */
@Stateless
@RolesAllowed({Role.PARENT_NAME, Role.ADMIN_NAME})
public class FamilyData {

    @PersistenceContext private EntityManager em;

    @Inject private FamilyAccess access;

    @Inject private FamilyAudit audit;

    @Inject private Clock clock;

    /** The caller's own representative row (a parent), with the family reachable from it. */
    @RolesAllowed(Role.PARENT_NAME)
    public LegalRepresentative me() {
        LegalRepresentative me = access.ownRepresentative();
        me.getFamily().getRepresentatives().forEach(r -> r.getAccount().getEmail());
        me.getFamily().getChildren().size();
        return me;
    }

    /** A family with its representatives and children, in the caller's scope. */
    public Family family(long familyId) {
        Family family = access.family(familyId);
        family.getRepresentatives().forEach(r -> r.getHousehold().getId());
        family.getChildren().forEach(c -> c.getPickupPersons().size());
        return family;
    }

    /** The children of the caller's family (a parent), oldest first, leaving ones included. */
    @RolesAllowed(Role.PARENT_NAME)
    public List<Child> myChildren() {
        return em.createQuery(
                        "select c from Child c where c.family = :f order by c.birthDate, c.firstName",
                        Child.class)
                .setParameter("f", access.ownRepresentative().getFamily())
                .getResultList();
    }

    public Child child(long childId) {
        return access.child(childId);
    }

    /** Saves personal and professional data; the parent only their own, the ADMIN anyone's. */
    public LegalRepresentative updatePersonalData(
            long representativeId, PersonalData data, long expectedVersion) {
        LegalRepresentative representative = access.representativeToEdit(representativeId);
        checkVersion(representative.getVersion(), expectedVersion);
        PersonalData valid = FormRules.personalData(data);
        PersonalData before = representative.personalData();
        Changes changes =
                new Changes()
                        .field("street", before.street(), valid.street())
                        .field("postcode", before.postcode(), valid.postcode())
                        .field("city", before.city(), valid.city())
                        .field("mobilePhone", before.mobilePhone(), valid.mobilePhone())
                        .field("homePhone", before.homePhone(), valid.homePhone())
                        .field("workPhone", before.workPhone(), valid.workPhone())
                        .field("employer", before.employer(), valid.employer())
                        .field("profession", before.profession(), valid.profession())
                        .field("occupationRate", before.occupationRate(), valid.occupationRate());
        if (!changes.isEmpty()) {
            representative.update(valid);
            flush();
            audit.record(
                    representative.getFamily(),
                    FamilyAudit.PERSONAL_DATA_CHANGED,
                    representative.getDisplayName() + ": " + changes.describe());
        }
        return representative;
    }

    /**
     * Declares the household's tariff data; a change flags the household for the service's tariff
     * review (and returns true, so the page tells the parent the tariff will be reviewed). A change
     * by the ADMIN is flagged too: the contracts keep the prices frozen at signature, and the flag
     * reminds whoever handles them to amend them; the ADMIN clears it with {@link #tariffReviewed}.
     */
    public boolean updateHousehold(
            long householdId, BigDecimal income, int childrenCount, long expectedVersion) {
        Household household = access.household(householdId);
        checkVersion(household.getVersion(), expectedVersion);
        BigDecimal incomeBefore = household.getDeclaredIncome();
        int childrenBefore = household.getChildrenCount();
        boolean changed;
        try {
            changed = household.declare(income, childrenCount, clock.instant());
        } catch (IllegalArgumentException e) {
            throw new InvalidFamilyDataException("family.invalid.household");
        }
        if (changed) {
            flush();
            audit.record(
                    household.getFamily(),
                    FamilyAudit.HOUSEHOLD_CHANGED,
                    "household "
                            + householdId
                            + ": "
                            + new Changes()
                                    .field(
                                            "declaredIncome",
                                            incomeBefore,
                                            household.getDeclaredIncome())
                                    .field("childrenCount", childrenBefore, childrenCount)
                                    .describe());
        }
        return changed;
    }

    /** The ADMIN has reviewed the tariff after a household change. */
    @RolesAllowed(Role.ADMIN_NAME)
    public void tariffReviewed(long householdId) {
        Household household = access.household(householdId);
        household.tariffReviewed();
        audit.record(
                household.getFamily(), FamilyAudit.TARIFF_REVIEWED, "household " + householdId);
    }

    /**
     * Saves diet/allergies and medical notes. A parent's change is flagged for the service and the
     * child's educators; the audit log says that they changed, not what they say.
     */
    public Child updateHealth(
            long childId, String diet, String medicalNotes, long expectedVersion) {
        Child child = access.childToEdit(childId);
        checkVersion(child.getVersion(), expectedVersion);
        String dietBefore = child.getDiet();
        String notesBefore = child.getMedicalNotes();
        boolean changed;
        try {
            changed = child.updateHealth(diet, medicalNotes, !access.isAdmin(), clock.instant());
        } catch (IllegalArgumentException e) {
            throw new InvalidFamilyDataException("family.invalid.healthTooLong");
        }
        if (changed) {
            flush();
            audit.record(
                    child.getFamily(),
                    FamilyAudit.CHILD_HEALTH_CHANGED,
                    child.getDisplayName()
                            + ": "
                            + new Changes()
                                    .sensitive("diet", dietBefore, child.getDiet())
                                    .sensitive("medicalNotes", notesBefore, child.getMedicalNotes())
                                    .describe());
        }
        return child;
    }

    /** The ADMIN (or later an educator) has taken note of a child's changed health data. */
    @RolesAllowed(Role.ADMIN_NAME)
    public void healthReviewed(long childId) {
        access.childToEdit(childId).healthReviewed();
    }

    static void checkVersion(long actual, long expected) {
        if (actual != expected) {
            throw new ConcurrentChangeException();
        }
    }

    private void flush() {
        OptimisticFlush.flush(em, ConcurrentChangeException::new);
    }
}
