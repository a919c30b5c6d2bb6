package ch.monportail.contract.boundary;

import ch.monportail.account.entity.Role;
import ch.monportail.contract.entity.ContractStatus;
import ch.monportail.family.boundary.FamilyStructures;
import ch.monportail.structure.entity.Structure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The families of a structure for the ADMIN's family search (issue "Families"): a family belongs to
 * a structure when one of its children has a contract there that is not a draft — active, or ended
 * (last year's families stay findable; a draft is not yet a place). Implements the family feature's
 * {@link FamilyStructures}, which cannot ask the contracts itself (dependency direction).
 */
@Stateless
@LocalBean // also its own type: the IDOR matrix test calls the id-taking methods on the class
@Local(FamilyStructures.class)
@RolesAllowed(Role.ADMIN_NAME)
public class ContractFamilyStructures implements FamilyStructures {

    @PersistenceContext private EntityManager em;

    @Override
    public List<Choice> structures() {
        return em
                .createQuery("select s from Structure s order by s.name, s.id", Structure.class)
                .getResultList()
                .stream()
                .map(s -> new Choice(s.getId(), s.getName()))
                .toList();
    }

    @Override
    public Set<Long> familyIdsIn(long structureId) {
        return new HashSet<>(
                em.createQuery(
                                "select distinct c.child.family.id from Contract c"
                                        + " where c.structure.id = :s and c.status <> :draft",
                                Long.class)
                        .setParameter("s", structureId)
                        .setParameter("draft", ContractStatus.DRAFT)
                        .getResultList());
    }
}
