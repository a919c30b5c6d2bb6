package ch.monportail.family.boundary;

import ch.monportail.account.entity.Role;
import ch.monportail.family.entity.Child;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The staff's read-only view of the children in care (issue "Families": pickup persons, allergies
 * and emergency phones): an EDUCATOR sees the children of their structures ({@link
 * ChildrenInCare}), the ADMIN every child who has not left. Nothing here changes data.
 */
@Stateless
@RolesAllowed({Role.EDUCATOR_NAME, Role.ADMIN_NAME})
public class CareOverview {

    @PersistenceContext private EntityManager em;

    @Inject private FamilyAccess access;

    @Inject private Clock clock;

    public List<Child> childrenInCare() {
        LocalDate today = LocalDate.now(clock);
        List<Child> children;
        if (access.isAdmin()) {
            children =
                    em.createQuery(
                                    "select c from Child c where c.leavingOn is null"
                                            + " or c.leavingOn >= :today"
                                            + " order by c.lastName, c.firstName",
                                    Child.class)
                            .setParameter("today", today)
                            .getResultList();
        } else {
            Set<Long> ids = access.childrenInCareOfCaller();
            if (ids.isEmpty()) {
                return List.of();
            }
            children =
                    em.createQuery(
                                    "select c from Child c where c.id in :ids"
                                            + " order by c.lastName, c.firstName",
                                    Child.class)
                            .setParameter("ids", ids)
                            .getResultList();
        }
        children.forEach(
                c -> {
                    c.getPickupPersons().size();
                    c.getFamily().getRepresentatives().size();
                });
        return children;
    }
}
