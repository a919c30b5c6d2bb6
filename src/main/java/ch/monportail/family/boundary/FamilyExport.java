package ch.monportail.family.boundary;

import ch.monportail.account.entity.Account;
import ch.monportail.account.entity.Role;
import ch.monportail.family.control.DataExport;
import ch.monportail.family.control.DataExportPdf;
import ch.monportail.family.entity.AccountHolderChange;
import ch.monportail.family.entity.Child;
import ch.monportail.family.entity.Family;
import ch.monportail.family.entity.Household;
import ch.monportail.family.entity.LegalRepresentative;
import ch.monportail.family.entity.PickupPerson;
import ch.monportail.platform.boundary.Clocks;
import ch.monportail.platform.entity.AuditEntry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * « Mes données »: a copy of everything the portal holds about a family (DESIGN §3, Swiss data
 * protection act art. 25, right of access), as a readable PDF and a machine-readable JSON. A parent
 * gets their own family's copy — with only their own household's income, since separated parents do
 * not see each other's — and the activity of their own account; the ADMIN can produce the full copy
 * for any family (a request made by letter). Each copy is in the audit log.
 */
@Stateless
@RolesAllowed({Role.PARENT_NAME, Role.ADMIN_NAME})
public class FamilyExport {

    static final int MAX_ACTIVITY = 1000;

    @PersistenceContext private EntityManager em;

    @Inject private FamilyAccess access;

    @Inject private FamilyAudit audit;

    @Inject private Event<FamilyExportRequested> requested;

    @Inject private Clock clock;

    public String json(long familyId) {
        return collect(familyId, "json").toJson();
    }

    public byte[] pdf(long familyId, Locale locale) {
        DataExport export = collect(familyId, "pdf");
        ResourceBundle bundle = ResourceBundle.getBundle("ch.monportail.i18n.messages", locale);
        return DataExportPdf.render(
                export,
                label(bundle, "export.title"),
                label(bundle, "export.generated"),
                key -> label(bundle, key),
                Clocks.COMMUNE_ZONE);
    }

    private static String label(ResourceBundle bundle, String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key.substring(key.lastIndexOf('.') + 1);
        }
    }

    private DataExport collect(long familyId, String format) {
        Family family = access.family(familyId);
        boolean admin = access.isAdmin();
        LegalRepresentative me = admin ? null : access.ownRepresentative();
        DataExport export = new DataExport(clock.instant());
        export.item(
                "family",
                "familyId",
                family.getId(),
                "createdAt",
                family.getCreatedAt(),
                "accountHolder",
                family.getAccountHolder() == null
                        ? null
                        : family.getAccountHolder().getDisplayName());
        List<Long> accountIds = new ArrayList<>();
        for (LegalRepresentative r : family.getRepresentatives()) {
            Account a = r.getAccount();
            accountIds.add(a.getId());
            export.item(
                    "representatives",
                    "firstName",
                    a.getFirstName(),
                    "lastName",
                    a.getLastName(),
                    "email",
                    a.getEmail(),
                    "language",
                    a.getLanguage(),
                    "street",
                    r.getStreet(),
                    "postcode",
                    r.getPostcode(),
                    "city",
                    r.getCity(),
                    "mobilePhone",
                    r.getMobilePhone(),
                    "homePhone",
                    r.getHomePhone(),
                    "workPhone",
                    r.getWorkPhone(),
                    "employer",
                    r.getEmployer(),
                    "profession",
                    r.getProfession(),
                    "occupationRate",
                    r.getOccupationRate(),
                    "accountHolder",
                    r.isAccountHolder(),
                    "accountCreatedAt",
                    a.getCreatedAt(),
                    "lastLoginAt",
                    a.getLastLoginAt(),
                    "secondFactor",
                    a.hasSecondFactor());
        }
        export.section("households");
        family.getRepresentatives().stream()
                .map(LegalRepresentative::getHousehold)
                .distinct()
                .filter(h -> admin || h.getId().equals(me.getHousehold().getId()))
                .forEach(h -> household(export, h));
        export.section("children");
        export.section("pickupPersons");
        for (Child c : family.getChildren()) {
            export.item(
                    "children",
                    "firstName",
                    c.getFirstName(),
                    "lastName",
                    c.getLastName(),
                    "birthDate",
                    c.getBirthDate(),
                    "schoolGrade",
                    c.getSchoolGrade() == null ? null : c.getSchoolGrade().getLabel(),
                    "schoolClass",
                    c.getSchoolClass(),
                    "diet",
                    c.getDiet(),
                    "medicalNotes",
                    c.getMedicalNotes(),
                    "leavingOn",
                    c.getLeavingOn());
            for (PickupPerson p : c.getPickupPersons()) {
                export.item(
                        "pickupPersons",
                        "child",
                        c.getDisplayName(),
                        "firstName",
                        p.getFirstName(),
                        "lastName",
                        p.getLastName(),
                        "relationship",
                        p.getRelationship(),
                        "phone",
                        p.getPhone(),
                        "note",
                        p.getNote());
            }
        }
        export.section("accountHolderHistory");
        em.createQuery(
                        "select h from AccountHolderChange h where h.family = :f order by h.id",
                        AccountHolderChange.class)
                .setParameter("f", family)
                .getResultList()
                .forEach(
                        h ->
                                export.item(
                                        "accountHolderHistory",
                                        "effectiveFrom",
                                        h.getEffectiveFrom(),
                                        "from",
                                        h.getFrom() == null ? null : h.getFrom().getDisplayName(),
                                        "to",
                                        h.getTo().getDisplayName(),
                                        "reason",
                                        h.getReason(),
                                        "changedAt",
                                        h.getChangedAt()));
        requested.fire(new FamilyExportRequested(family.getId(), admin, export));
        export.section("activity");
        em.createQuery(
                        "select e from AuditEntry e where e.actorId in :ids order by e.id desc",
                        AuditEntry.class)
                .setParameter("ids", admin ? accountIds : List.of(me.getAccount().getId()))
                .setMaxResults(MAX_ACTIVITY)
                .getResultList()
                .forEach(
                        e ->
                                export.item(
                                        "activity",
                                        "occurredAt",
                                        e.getOccurredAt(),
                                        "action",
                                        e.getAction(),
                                        "clientAddress",
                                        e.getClientAddress()));
        audit.record(family, FamilyAudit.FAMILY_DATA_EXPORTED, format);
        return export;
    }

    private static void household(DataExport export, Household h) {
        export.item(
                "households",
                "declaredIncome",
                h.getDeclaredIncome(),
                "childrenCount",
                h.getChildrenCount(),
                "tariffReviewPending",
                h.isTariffReviewPending(),
                "tariffChangedAt",
                h.getTariffChangedAt());
    }
}
