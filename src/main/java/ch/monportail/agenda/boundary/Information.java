package ch.monportail.agenda.boundary;

import ch.monportail.account.entity.Role;
import ch.monportail.agenda.entity.InformationItem;
import ch.monportail.family.boundary.FamilyAccess;
import ch.monportail.family.entity.Child;
import ch.monportail.platform.boundary.AuditLog;
import ch.monportail.platform.control.NotFoundException;
import ch.monportail.platform.control.SwissFormat;
import ch.monportail.structure.boundary.Structures;
import ch.monportail.structure.entity.CareUnit;
import ch.monportail.structure.entity.Structure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Information items (DESIGN §6): the ADMIN and the educators of a structure post notes to the
 * structure, one of its care units or one child in care, for a day or a period; parents read them
 * in the agenda ({@link Agenda}). An item can be removed by the ADMIN or an educator of the
 * structure.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.EDUCATOR_NAME})
public class Information {

    public static final String INFORMATION_POSTED = "INFORMATION_POSTED";
    public static final String INFORMATION_REMOVED = "INFORMATION_REMOVED";

    /** The longest period of one item (a school year). */
    public static final int MAX_DAYS = 366;

    @PersistenceContext private EntityManager em;

    @Inject private Structures structures;

    @Inject private FamilyAccess access;

    @Inject private AuditLog auditLog;

    @Inject private Clock clock;

    public InformationItem post(NewInformation n) {
        Structure structure = structures.structure(n.structureId());
        CareUnit unit = null;
        if (n.careUnitId() != null) {
            unit = structures.careUnit(n.careUnitId());
            if (!unit.getStructure().getId().equals(structure.getId())) {
                throw new NotFoundException();
            }
        }
        Child child = n.childId() == null ? null : access.child(n.childId());
        if (n.from() != null
                && n.to() != null
                && ChronoUnit.DAYS.between(n.from(), n.to()) >= MAX_DAYS) {
            throw new InvalidAgendaException("information.invalid.period");
        }
        InformationItem item;
        try {
            item =
                    new InformationItem(
                            structure,
                            unit,
                            child,
                            n.from(),
                            n.to(),
                            n.title(),
                            n.body(),
                            access.callerId(),
                            clock.instant());
        } catch (IllegalArgumentException e) {
            throw new InvalidAgendaException(e.getMessage());
        }
        em.persist(item);
        em.flush();
        audit(INFORMATION_POSTED, item);
        return item;
    }

    public void remove(long informationItemId) {
        InformationItem item = em.find(InformationItem.class, informationItemId);
        if (item == null) {
            throw new NotFoundException();
        }
        structures.structure(item.getStructure().getId());
        em.remove(item);
        audit(INFORMATION_REMOVED, item);
    }

    /** The items of a structure over a range (the staff's list), latest first. */
    public List<InformationItem> ofStructure(long structureId, LocalDate from, LocalDate to) {
        Structure structure = structures.structure(structureId);
        return em.createQuery(
                        "select i from InformationItem i where i.structure = :s"
                                + " and i.startsOn <= :t and i.endsOn >= :f"
                                + " order by i.startsOn desc, i.id desc",
                        InformationItem.class)
                .setParameter("s", structure)
                .setParameter("f", from)
                .setParameter("t", to)
                .getResultList();
    }

    private void audit(String action, InformationItem item) {
        var caller = access.caller();
        auditLog.record(
                caller.getId(),
                caller.getEmail(),
                action,
                item.getStructure().getName()
                        + (item.getCareUnit() == null ? "" : " · " + item.getCareUnit().getName())
                        + (item.getChild() == null ? "" : " · " + item.getChild().getDisplayName())
                        + ", "
                        + SwissFormat.date(item.getStartsOn())
                        + "–"
                        + SwissFormat.date(item.getEndsOn())
                        + ": "
                        + item.getTitle(),
                null);
    }
}
