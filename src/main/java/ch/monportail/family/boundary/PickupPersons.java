package ch.monportail.family.boundary;

import ch.monportail.account.entity.Role;
import ch.monportail.family.control.FormRules;
import ch.monportail.family.entity.Child;
import ch.monportail.family.entity.PickupData;
import ch.monportail.family.entity.PickupPerson;
import ch.monportail.platform.control.OptimisticFlush;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * « Personnes autorisées à venir chercher votre enfant » (DESIGN §3): per child, read by the
 * parents, the ADMIN and the child's educators, changed by either parent and the ADMIN. The list is
 * guarded by the child's version: each change names the version the page showed and increments it
 * (optimistic force-increment), so when both parents edit the list at the same time the second save
 * is refused with a clear message and nothing is silently overwritten.
 */
@Stateless
@RolesAllowed({Role.PARENT_NAME, Role.ADMIN_NAME, Role.EDUCATOR_NAME})
public class PickupPersons {

    @PersistenceContext private EntityManager em;

    @Inject private FamilyAccess access;

    @Inject private FamilyAudit audit;

    @Inject private Clock clock;

    /** The child's pickup persons by name. */
    public List<PickupPerson> of(long childId) {
        Child child = access.child(childId);
        return em.createQuery(
                        "select p from PickupPerson p where p.child = :c"
                                + " order by p.lastName, p.firstName, p.id",
                        PickupPerson.class)
                .setParameter("c", child)
                .getResultList();
    }

    @RolesAllowed({Role.PARENT_NAME, Role.ADMIN_NAME})
    public PickupPerson add(long childId, long childVersion, PickupData data) {
        Child child = lockedChild(childId, childVersion);
        PickupData valid = FormRules.pickup(data);
        PickupPerson person = new PickupPerson(child, valid, clock.instant());
        em.persist(person);
        flush();
        audit.record(
                child.getFamily(),
                FamilyAudit.PICKUP_ADDED,
                child.getDisplayName() + ": " + describe(valid));
        return person;
    }

    @RolesAllowed({Role.PARENT_NAME, Role.ADMIN_NAME})
    public PickupPerson update(long pickupPersonId, long childVersion, PickupData data) {
        PickupPerson person = access.pickupPersonToEdit(pickupPersonId);
        Child child = lockedChild(person.getChild().getId(), childVersion);
        PickupData valid = FormRules.pickup(data);
        String before = describe(person.data());
        person.update(valid);
        flush();
        audit.record(
                child.getFamily(),
                FamilyAudit.PICKUP_CHANGED,
                child.getDisplayName() + ": " + before + " → " + describe(valid));
        return person;
    }

    @RolesAllowed({Role.PARENT_NAME, Role.ADMIN_NAME})
    public void remove(long pickupPersonId, long childVersion) {
        PickupPerson person = access.pickupPersonToEdit(pickupPersonId);
        Child child = lockedChild(person.getChild().getId(), childVersion);
        child.getPickupPersons().remove(person);
        em.remove(person);
        flush();
        audit.record(
                child.getFamily(),
                FamilyAudit.PICKUP_REMOVED,
                child.getDisplayName() + ": " + describe(person.data()));
    }

    /**
     * Copies a pickup person to a sibling (same family); nothing happens when the sibling already
     * has the same person (name and phone). Returns whether a copy was made.
     */
    @RolesAllowed({Role.PARENT_NAME, Role.ADMIN_NAME})
    public boolean copyToSibling(long pickupPersonId, long siblingId) {
        PickupPerson person = access.pickupPersonToEdit(pickupPersonId);
        Child sibling = access.childToEdit(siblingId);
        if (!sibling.getFamily().getId().equals(person.getChild().getFamily().getId())) {
            throw new ch.monportail.platform.control.NotFoundException();
        }
        if (sibling.getId().equals(person.getChild().getId())
                || sibling.getPickupPersons().stream()
                        .anyMatch(p -> p.samePersonAs(person.data()))) {
            return false;
        }
        em.lock(sibling, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.persist(new PickupPerson(sibling, person.data(), clock.instant()));
        flush();
        audit.record(
                sibling.getFamily(),
                FamilyAudit.PICKUP_ADDED,
                sibling.getDisplayName() + ": " + describe(person.data()) + " (copy)");
        return true;
    }

    private Child lockedChild(long childId, long childVersion) {
        Child child = access.childToEdit(childId);
        FamilyData.checkVersion(child.getVersion(), childVersion);
        em.lock(child, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return child;
    }

    private void flush() {
        OptimisticFlush.flush(em, ConcurrentChangeException::new);
    }

    private static String describe(PickupData data) {
        return data.firstName()
                + " "
                + data.lastName()
                + " ("
                + data.relationship()
                + ", "
                + data.phone()
                + ")";
    }
}
