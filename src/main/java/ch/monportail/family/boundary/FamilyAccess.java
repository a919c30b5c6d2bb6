package ch.monportail.family.boundary;

import ch.monportail.account.entity.Account;
import ch.monportail.account.entity.Role;
import ch.monportail.family.entity.Child;
import ch.monportail.family.entity.Family;
import ch.monportail.family.entity.Household;
import ch.monportail.family.entity.LegalRepresentative;
import ch.monportail.family.entity.PickupPerson;
import ch.monportail.platform.control.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.Set;

/**
 * The data-level authorizer of family data (DESIGN §1, third line of defence after the URL
 * constraint and {@code @RolesAllowed}). Every service method that takes an id loads the object
 * through here, in the caller's scope: the ADMIN sees every family; a PARENT only their own family
 * (and, of the household data, only their own household — separated parents do not see each other's
 * income); an EDUCATOR only the children in care in their structures ({@link ChildrenInCare}).
 * Anything else is {@link NotFoundException}, whether the id exists or not, so a caller never
 * learns about other families' ids.
 */
@Stateless
@PermitAll
public class FamilyAccess {

    @PersistenceContext private EntityManager em;

    @Resource private SessionContext session;

    @Inject private Instance<ChildrenInCare> childrenInCare;

    public long callerId() {
        try {
            return Long.parseLong(session.getCallerPrincipal().getName());
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
    }

    public Account caller() {
        Account account = em.find(Account.class, callerId());
        if (account == null) {
            throw new NotFoundException();
        }
        return account;
    }

    public boolean isAdmin() {
        return session.isCallerInRole(Role.ADMIN_NAME);
    }

    private boolean isParent() {
        return session.isCallerInRole(Role.PARENT_NAME);
    }

    private boolean isEducator() {
        return session.isCallerInRole(Role.EDUCATOR_NAME);
    }

    /**
     * The caller's own representative row, when the caller is an active parent of a family: one
     * statement with its account, family and household (every page's frame asks for it).
     */
    public Optional<LegalRepresentative> callerRepresentative() {
        if (!isParent()) {
            return Optional.empty();
        }
        return em
                .createQuery(
                        "select r from LegalRepresentative r join fetch r.account"
                                + " join fetch r.family join fetch r.household"
                                + " where r.account.id = :account and r.removedAt is null",
                        LegalRepresentative.class)
                .setParameter("account", callerId())
                .getResultList()
                .stream()
                .findFirst();
    }

    public LegalRepresentative ownRepresentative() {
        return callerRepresentative().orElseThrow(NotFoundException::new);
    }

    public Family family(long familyId) {
        Family family = em.find(Family.class, familyId);
        if (family != null && (isAdmin() || isOwnFamily(family))) {
            return family;
        }
        throw new NotFoundException();
    }

    /** A child the caller may see: ADMIN, a parent of the child, an educator of the child. */
    public Child child(long childId) {
        Child child = em.find(Child.class, childId);
        if (child != null
                && (isAdmin() || isOwnFamily(child.getFamily()) || isInCareOfCaller(childId))) {
            return child;
        }
        throw new NotFoundException();
    }

    /** A child the caller may edit: ADMIN or a parent of the child (educators only read). */
    public Child childToEdit(long childId) {
        Child child = em.find(Child.class, childId);
        if (child != null && (isAdmin() || isOwnFamily(child.getFamily()))) {
            return child;
        }
        throw new NotFoundException();
    }

    /** A representative the caller may see: ADMIN, or either parent of the same family. */
    public LegalRepresentative representative(long representativeId) {
        LegalRepresentative representative = em.find(LegalRepresentative.class, representativeId);
        if (representative != null
                && representative.isActive()
                && (isAdmin() || isOwnFamily(representative.getFamily()))) {
            return representative;
        }
        throw new NotFoundException();
    }

    /** A representative the caller may edit: ADMIN, or the parent themself. */
    public LegalRepresentative representativeToEdit(long representativeId) {
        LegalRepresentative representative = em.find(LegalRepresentative.class, representativeId);
        if (representative != null
                && representative.isActive()
                && (isAdmin()
                        || callerRepresentative()
                                .map(own -> own.getId().equals(representative.getId()))
                                .orElse(false))) {
            return representative;
        }
        throw new NotFoundException();
    }

    /** A household the caller may see and edit: ADMIN, or a parent living in it. */
    public Household household(long householdId) {
        Household household = em.find(Household.class, householdId);
        if (household != null
                && (isAdmin()
                        || callerRepresentative()
                                .map(own -> own.getHousehold().getId().equals(householdId))
                                .orElse(false))) {
            return household;
        }
        throw new NotFoundException();
    }

    /** A pickup person the caller may see: as its child. */
    public PickupPerson pickupPerson(long pickupPersonId) {
        PickupPerson person = em.find(PickupPerson.class, pickupPersonId);
        if (person == null) {
            throw new NotFoundException();
        }
        child(person.getChild().getId());
        return person;
    }

    /** A pickup person the caller may change: as its child. */
    public PickupPerson pickupPersonToEdit(long pickupPersonId) {
        PickupPerson person = em.find(PickupPerson.class, pickupPersonId);
        if (person == null) {
            throw new NotFoundException();
        }
        childToEdit(person.getChild().getId());
        return person;
    }

    /** The children the calling educator looks after (empty for others). */
    public Set<Long> childrenInCareOfCaller() {
        if (!isEducator() || childrenInCare.isUnsatisfied()) {
            return Set.of();
        }
        return childrenInCare.get().childIdsInCareOfCaller();
    }

    private boolean isInCareOfCaller(long childId) {
        return childrenInCareOfCaller().contains(childId);
    }

    private boolean isOwnFamily(Family family) {
        return callerRepresentative()
                .map(own -> own.getFamily().getId().equals(family.getId()))
                .orElse(false);
    }
}
