package ch.monportail.structure.boundary;

import ch.monportail.account.entity.Account;
import ch.monportail.account.entity.Role;
import ch.monportail.platform.boundary.AuditLog;
import ch.monportail.platform.control.NotFoundException;
import ch.monportail.structure.control.CalendarImport;
import ch.monportail.structure.control.Tariff;
import ch.monportail.structure.entity.CalendarEntry;
import ch.monportail.structure.entity.CalendarEntry.Kind;
import ch.monportail.structure.entity.SchoolYear;
import ch.monportail.structure.entity.Structure;
import ch.monportail.structure.entity.StructureTariff;
import ch.monportail.structure.entity.TariffBracket;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The ADMIN edits the school calendar (school years, school periods, holidays, public holidays,
 * closures of a structure; import from an iCalendar or CSV file after a preview) and the tariffs
 * (DESIGN §4: "everything is data, editable by the ADMIN, never hard-coded"). A tariff change never
 * changes a contract: contracts froze their prices. Every change is in the audit log.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class CalendarAdministration {

    public static final String CALENDAR_CHANGED = "CALENDAR_CHANGED";
    public static final String TARIFF_SAVED = "TARIFF_SAVED";

    @PersistenceContext private EntityManager em;

    @Resource private SessionContext session;

    @Inject private AuditLog auditLog;

    @Inject private Calendars calendars;

    public long createYear(int startYear) {
        if (calendars.year(startYear).isPresent()) {
            throw new InvalidStructureDataException("calendar.invalid.yearExists");
        }
        SchoolYear year;
        try {
            year = new SchoolYear(startYear);
        } catch (IllegalArgumentException e) {
            throw new InvalidStructureDataException("calendar.invalid.year");
        }
        em.persist(year);
        em.flush();
        audit(CALENDAR_CHANGED, "school year " + year.getLabel() + " created");
        return year.getId();
    }

    public void addEntry(
            long schoolYearId,
            Kind kind,
            Long structureId,
            LocalDate from,
            LocalDate to,
            String label) {
        SchoolYear year = year(schoolYearId);
        Structure structure = null;
        if (kind == Kind.CLOSURE) {
            structure = structureId == null ? null : em.find(Structure.class, structureId);
            if (structure == null) {
                throw new InvalidStructureDataException("calendar.invalid.closure");
            }
        }
        CalendarEntry entry;
        try {
            entry = new CalendarEntry(year, kind, structure, from, to, label);
        } catch (IllegalArgumentException e) {
            throw new InvalidStructureDataException(e.getMessage());
        }
        em.persist(entry);
        audit(CALENDAR_CHANGED, describe(entry) + " added");
    }

    public void removeEntry(long calendarEntryId) {
        CalendarEntry entry = em.find(CalendarEntry.class, calendarEntryId);
        if (entry == null) {
            throw new NotFoundException();
        }
        em.remove(entry);
        audit(CALENDAR_CHANGED, describe(entry) + " removed");
    }

    /**
     * Saves the previewed lines of an import; a line without kind gets {@code defaultKind}; a line
     * already in the calendar (same kind, dates and label) is skipped. Returns the lines added.
     */
    public int importLines(long schoolYearId, List<CalendarImport.Line> lines, Kind defaultKind) {
        SchoolYear year = year(schoolYearId);
        List<CalendarEntry> existing = calendars.entries(year);
        int added = 0;
        for (CalendarImport.Line line : lines) {
            Kind kind = line.kind() == null ? defaultKind : Kind.valueOf(line.kind());
            if (kind == null || kind == Kind.CLOSURE) {
                throw new InvalidStructureDataException("calendar.invalid.importKind");
            }
            boolean known =
                    existing.stream()
                            .anyMatch(
                                    e ->
                                            e.getKind() == kind
                                                    && e.getStartsOn().equals(line.from())
                                                    && e.getEndsOn().equals(line.to())
                                                    && Objects.equals(e.getLabel(), line.label()));
            if (known) {
                continue;
            }
            try {
                em.persist(
                        new CalendarEntry(year, kind, null, line.from(), line.to(), line.label()));
            } catch (IllegalArgumentException e) {
                throw new InvalidStructureDataException(e.getMessage());
            }
            added++;
        }
        audit(CALENDAR_CHANGED, year.getLabel() + ": " + added + " lines imported");
        return added;
    }

    /** Creates or replaces the tariff of a structure for a school year. */
    public void saveTariff(
            long structureId,
            long schoolYearId,
            List<Tariff.Bracket> brackets,
            BigDecimal notDeclaredPercent,
            BigDecimal secondChildReduction,
            BigDecimal furtherChildReduction) {
        Structure structure = em.find(Structure.class, structureId);
        if (structure == null) {
            throw new NotFoundException();
        }
        SchoolYear year = year(schoolYearId);
        List<TariffBracket> rows =
                brackets.stream().map(b -> new TariffBracket(b.upTo(), b.percent())).toList();
        try {
            var existing = calendars.tariff(structureId, year.getStartYear());
            if (existing.isPresent()) {
                existing.get()
                        .replace(
                                rows,
                                notDeclaredPercent,
                                secondChildReduction,
                                furtherChildReduction);
            } else {
                em.persist(
                        new StructureTariff(
                                structure,
                                year,
                                rows,
                                notDeclaredPercent,
                                secondChildReduction,
                                furtherChildReduction));
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidStructureDataException("tariff.invalid");
        }
        audit(
                TARIFF_SAVED,
                structure.getName()
                        + " "
                        + year.getLabel()
                        + ": "
                        + brackets.stream()
                                .map(
                                        b ->
                                                (b.upTo() == null ? "∞" : "<" + b.upTo())
                                                        + "→"
                                                        + b.percent()
                                                        + "%")
                                .toList());
    }

    private SchoolYear year(long schoolYearId) {
        SchoolYear year = em.find(SchoolYear.class, schoolYearId);
        if (year == null) {
            throw new NotFoundException();
        }
        return year;
    }

    private static String describe(CalendarEntry e) {
        return e.getSchoolYear().getLabel()
                + " "
                + e.getKind()
                + " "
                + e.getStartsOn()
                + "–"
                + e.getEndsOn()
                + " "
                + e.getLabel()
                + (e.getStructure() == null ? "" : " (" + e.getStructure().getName() + ")");
    }

    private void audit(String action, String detail) {
        long caller = Long.parseLong(session.getCallerPrincipal().getName());
        Account account = em.find(Account.class, caller);
        auditLog.record(caller, account == null ? null : account.getEmail(), action, detail, null);
    }
}
