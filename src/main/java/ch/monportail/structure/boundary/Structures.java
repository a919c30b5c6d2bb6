package ch.monportail.structure.boundary;

import ch.monportail.account.entity.Account;
import ch.monportail.account.entity.Role;
import ch.monportail.family.boundary.ConcurrentChangeException;
import ch.monportail.family.control.PhoneNumbers;
import ch.monportail.family.control.SwissPostcode;
import ch.monportail.platform.boundary.AuditLog;
import ch.monportail.platform.control.NotFoundException;
import ch.monportail.platform.control.OptimisticFlush;
import ch.monportail.structure.entity.AgendaSettings;
import ch.monportail.structure.entity.CareUnit;
import ch.monportail.structure.entity.CareUnitData;
import ch.monportail.structure.entity.Structure;
import ch.monportail.structure.entity.StructureData;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The structures and their care units (DESIGN §4, ADMIN), and the educators who work in each
 * structure. Staff read them; only the ADMIN changes them; every change is in the audit log. A
 * structure or care unit in use is closed / deactivated, never deleted.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.EDUCATOR_NAME})
public class Structures {

    public static final String STRUCTURE_SAVED = "STRUCTURE_SAVED";
    public static final String CARE_UNIT_SAVED = "CARE_UNIT_SAVED";
    public static final String EDUCATOR_ASSIGNED = "EDUCATOR_ASSIGNED";
    public static final String EDUCATOR_UNASSIGNED = "EDUCATOR_UNASSIGNED";

    @PersistenceContext private EntityManager em;

    @Resource private SessionContext session;

    @Inject private AuditLog auditLog;

    /** All structures by name (the ADMIN), or those the calling educator works in. */
    public List<Structure> all() {
        if (session.isCallerInRole(Role.ADMIN_NAME)) {
            return em.createQuery("select s from Structure s order by s.name", Structure.class)
                    .getResultList();
        }
        return ofEducator(callerId());
    }

    /** The structures an educator works in, by name. */
    public List<Structure> ofEducator(long accountId) {
        if (!session.isCallerInRole(Role.ADMIN_NAME) && accountId != callerId()) {
            throw new NotFoundException();
        }
        return em.createQuery(
                        "select s from Structure s join s.educators e where e.id = :a"
                                + " order by s.name",
                        Structure.class)
                .setParameter("a", accountId)
                .getResultList();
    }

    /** A structure with its care units and educators, in the caller's scope. */
    public Structure structure(long structureId) {
        Structure structure = em.find(Structure.class, structureId);
        if (structure == null
                || (!session.isCallerInRole(Role.ADMIN_NAME)
                        && structure.getEducators().stream()
                                .noneMatch(e -> e.getId().equals(callerId())))) {
            throw new NotFoundException();
        }
        structure.getCareUnits().size();
        return structure;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public long create(StructureData data) {
        Structure structure = new Structure(valid(data));
        em.persist(structure);
        em.flush();
        audit(STRUCTURE_SAVED, structure, "created");
        return structure.getId();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public void update(long structureId, StructureData data, long expectedVersion) {
        Structure structure = structure(structureId);
        checkVersion(structure.getVersion(), expectedVersion);
        structure.update(valid(data));
        flush();
        audit(STRUCTURE_SAVED, structure, "updated");
    }

    /** The structure's agenda rules (absence cut-off, late percentage, illness, surcharge). */
    @RolesAllowed(Role.ADMIN_NAME)
    public void updateAgendaSettings(
            long structureId, AgendaSettings settings, long expectedVersion) {
        Structure structure = structure(structureId);
        checkVersion(structure.getVersion(), expectedVersion);
        AgendaSettings before = structure.getAgendaSettings();
        structure.changeAgendaSettings(settings);
        flush();
        audit(
                STRUCTURE_SAVED,
                structure,
                "agenda rules " + describe(before) + " → " + describe(settings));
    }

    private static String describe(AgendaSettings a) {
        return a.getAbsenceCutoff()
                + ", late "
                + a.getLateAbsencePercent()
                + " %, illness "
                + a.getIllnessRule()
                + ", extra care +"
                + a.getExtraCareSurchargePercent()
                + " %";
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public long addCareUnit(long structureId, CareUnitData data) {
        Structure structure = structure(structureId);
        CareUnit unit = new CareUnit(structure, valid(data));
        em.persist(unit);
        em.flush();
        audit(CARE_UNIT_SAVED, structure, "added " + unit.getLabel() + ", " + unit.getFullPrice());
        return unit.getId();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public void updateCareUnit(long careUnitId, CareUnitData data, long expectedVersion) {
        CareUnit unit = careUnit(careUnitId);
        checkVersion(unit.getVersion(), expectedVersion);
        String before = unit.getLabel() + ", " + unit.getFullPrice();
        unit.update(valid(data));
        flush();
        audit(
                CARE_UNIT_SAVED,
                unit.getStructure(),
                before + " → " + unit.getLabel() + ", " + unit.getFullPrice());
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public void setCareUnitActive(long careUnitId, boolean active) {
        CareUnit unit = careUnit(careUnitId);
        if (active) {
            unit.activate();
        } else {
            unit.deactivate();
        }
        audit(CARE_UNIT_SAVED, unit.getStructure(), unit.getLabel() + (active ? " on" : " off"));
    }

    public CareUnit careUnit(long careUnitId) {
        CareUnit unit = em.find(CareUnit.class, careUnitId);
        if (unit == null) {
            throw new NotFoundException();
        }
        structure(unit.getStructure().getId());
        return unit;
    }

    /** For each educator account id: the names of the structures they work in (one query). */
    @RolesAllowed(Role.ADMIN_NAME)
    public java.util.Map<Long, String> structureNamesByEducator() {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        for (Object[] row :
                em.createQuery(
                                "select e.id, s.name from Structure s join s.educators e"
                                        + " order by s.name",
                                Object[].class)
                        .getResultList()) {
            names.merge((Long) row[0], (String) row[1], (a, b) -> a + ", " + b);
        }
        return names;
    }

    /** The educators who may be assigned (all EDUCATOR accounts), by name. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<Account> educators() {
        return em.createQuery(
                        "select a from Account a where a.role = :r and a.enabled = true"
                                + " order by a.lastName, a.firstName",
                        Account.class)
                .setParameter("r", Role.EDUCATOR)
                .getResultList();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public void assignEducator(long structureId, long accountId) {
        Structure structure = structure(structureId);
        Account educator = em.find(Account.class, accountId);
        if (educator == null || educator.getRole() != Role.EDUCATOR) {
            throw new NotFoundException();
        }
        if (structure.addEducator(educator)) {
            audit(EDUCATOR_ASSIGNED, structure, educator.getEmail());
        }
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public void unassignEducator(long structureId, long accountId) {
        Structure structure = structure(structureId);
        Account educator = em.find(Account.class, accountId);
        if (educator == null) {
            throw new NotFoundException();
        }
        if (structure.removeEducator(educator)) {
            audit(EDUCATOR_UNASSIGNED, structure, educator.getEmail());
        }
    }

    private static StructureData valid(StructureData data) {
        if (data.name() == null || data.name().isBlank() || data.name().strip().length() > 120) {
            throw new InvalidStructureDataException("structure.invalid.name");
        }
        if (data.kind() == null) {
            throw new InvalidStructureDataException("structure.invalid.kind");
        }
        if (data.postcode() != null
                && !data.postcode().isBlank()
                && !SwissPostcode.isValid(data.postcode())) {
            throw new InvalidStructureDataException("family.invalid.postcode");
        }
        String phone = null;
        if (data.phone() != null && !data.phone().isBlank()) {
            phone =
                    PhoneNumbers.normalize(data.phone())
                            .orElseThrow(
                                    () ->
                                            new InvalidStructureDataException(
                                                    "structure.invalid.phone"));
        }
        String email = null;
        if (data.email() != null && !data.email().isBlank()) {
            email =
                    Account.tryNormalizeEmail(data.email())
                            .orElseThrow(
                                    () ->
                                            new InvalidStructureDataException(
                                                    "structure.invalid.email"));
        }
        return new StructureData(
                data.name().strip(),
                data.kind(),
                blankToNull(data.street()),
                blankToNull(data.postcode()),
                blankToNull(data.city()),
                phone,
                email);
    }

    private static CareUnitData valid(CareUnitData data) {
        try {
            CareUnit.check(data);
        } catch (IllegalArgumentException e) {
            throw new InvalidStructureDataException(e.getMessage());
        }
        return data;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void checkVersion(long actual, long expected) {
        if (actual != expected) {
            throw new ConcurrentChangeException("structure.concurrentChange");
        }
    }

    private void flush() {
        OptimisticFlush.flush(
                em, () -> new ConcurrentChangeException("structure.concurrentChange"));
    }

    private long callerId() {
        try {
            return Long.parseLong(session.getCallerPrincipal().getName());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void audit(String action, Structure structure, String detail) {
        Account caller = em.find(Account.class, callerId());
        auditLog.record(
                callerId(),
                caller == null ? null : caller.getEmail(),
                action,
                "structure " + structure.getId() + " (" + structure.getName() + "): " + detail,
                null);
    }
}
