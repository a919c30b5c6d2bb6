package ch.monportail.contract.boundary;

import ch.monportail.account.entity.Role;
import ch.monportail.contract.entity.ContractStatus;
import ch.monportail.family.boundary.ChildrenInCare;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * The children an EDUCATOR looks after (issue "Families" and DESIGN §1): those with an active
 * contract covering today in a structure the educator works in. Implements the family feature's
 * {@link ChildrenInCare}, which cannot ask the contracts itself (dependency direction).
 */
@Stateless
@PermitAll
public class ContractChildrenInCare implements ChildrenInCare {

    @PersistenceContext private EntityManager em;

    @Inject private Clock clock;

    @Resource private SessionContext session;

    @Override
    public Set<Long> childIdsInCareOfCaller() {
        if (!session.isCallerInRole(Role.EDUCATOR_NAME)) {
            return Set.of();
        }
        long educatorAccountId;
        try {
            educatorAccountId = Long.parseLong(session.getCallerPrincipal().getName());
        } catch (NumberFormatException e) {
            return Set.of();
        }
        LocalDate today = LocalDate.now(clock);
        return new HashSet<>(
                em.createQuery(
                                "select distinct c.child.id from Contract c join c.structure s"
                                        + " join s.educators e where e.id = :a"
                                        + " and c.status = :active"
                                        + " and c.startsOn <= :today and c.endsOn >= :today",
                                Long.class)
                        .setParameter("a", educatorAccountId)
                        .setParameter("active", ContractStatus.ACTIVE)
                        .setParameter("today", today)
                        .getResultList());
    }
}
