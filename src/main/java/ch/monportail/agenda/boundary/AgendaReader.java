package ch.monportail.agenda.boundary;

import ch.monportail.agenda.boundary.AgendaEntry.Kind;
import ch.monportail.agenda.boundary.RangePlan.Planned;
import ch.monportail.agenda.entity.Absence;
import ch.monportail.agenda.entity.ExtraCare;
import ch.monportail.agenda.entity.ExtraCareStatus;
import ch.monportail.agenda.entity.HolidayDay;
import ch.monportail.agenda.entity.HolidayRegistration;
import ch.monportail.agenda.entity.HolidayRegistrationStatus;
import ch.monportail.agenda.entity.InformationItem;
import ch.monportail.contract.entity.Contract;
import ch.monportail.contract.entity.ContractTerms;
import ch.monportail.contract.entity.ContractUnit;
import ch.monportail.family.entity.Child;
import ch.monportail.structure.boundary.Calendars;
import ch.monportail.structure.boundary.Calendars.YearCalendar;
import ch.monportail.structure.entity.CalendarEntry;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a child's agenda over a range with a fixed number of queries (the plan, the absences, the
 * information items), for the services that already checked the caller's access: {@link Agenda} for
 * the pages and the calendar feed for its token's family. Not a service: it checks nobody.
 */
final class AgendaReader {

    private final EntityManager em;
    private final Calendars calendars;

    AgendaReader(EntityManager em, Calendars calendars) {
        this.em = em;
        this.calendars = calendars;
    }

    RangePlan plan(Child child, LocalDate from, LocalDate to) {
        return RangePlan.load(em, calendars, child, from, to);
    }

    /** The entries of the days {@code from}–{@code to}; the caller checked the access. */
    List<AgendaEntry> entries(Child child, LocalDate from, LocalDate to) {
        RangePlan plan = plan(child, from, to);
        Map<String, Absence> absences = absencesByKey(child, from, to);
        List<AgendaEntry> entries = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            for (Planned p : plan.on(d)) {
                var unit = p.unit().getCareUnit();
                Absence absence = absences.get(key(d, unit.getId()));
                Kind kind =
                        absence == null
                                ? Kind.CARE
                                : absence.isBilled()
                                        ? Kind.ABSENCE_BILLED
                                        : Kind.ABSENCE_NOT_BILLED;
                entries.add(
                        new AgendaEntry(
                                kind,
                                d,
                                d,
                                unit.getStartsAt(),
                                unit.getEndsAt(),
                                unit.getName(),
                                absence == null ? p.unit().getPrice() : absence.getBilledAmount(),
                                absence == null ? unit.getId() : absence.getId()));
            }
        }
        for (ExtraCare e : extraCares(child, from, to)) {
            if (e.getStatus() == ExtraCareStatus.CANCELLED) {
                continue;
            }
            entries.add(
                    new AgendaEntry(
                            switch (e.getStatus()) {
                                case APPROVED -> Kind.EXTRA_CARE_APPROVED;
                                case REFUSED -> Kind.EXTRA_CARE_REFUSED;
                                default -> Kind.EXTRA_CARE_PENDING;
                            },
                            e.getDay(),
                            e.getDay(),
                            e.getCareUnit().getStartsAt(),
                            e.getCareUnit().getEndsAt(),
                            e.getCareUnit().getName(),
                            e.getPrice(),
                            e.getId()));
        }
        java.util.Set<Long> holidayDaysTaken = new HashSet<>();
        for (HolidayRegistration r :
                em.createQuery(
                                "select r from HolidayRegistration r join fetch r.day d"
                                        + " where r.child = :c and d.day between :f and :t"
                                        + " and r.status in :active",
                                HolidayRegistration.class)
                        .setParameter("c", child)
                        .setParameter("f", from)
                        .setParameter("t", to)
                        .setParameter(
                                "active",
                                Set.of(
                                        HolidayRegistrationStatus.REGISTERED,
                                        HolidayRegistrationStatus.WAITING))
                        .getResultList()) {
            holidayDaysTaken.add(r.getDay().getId());
            var unit = r.getDay().getProgramme().getCareUnit();
            entries.add(
                    new AgendaEntry(
                            r.getStatus() == HolidayRegistrationStatus.REGISTERED
                                    ? Kind.HOLIDAY_CARE
                                    : Kind.HOLIDAY_WAITING,
                            r.getDay().getDay(),
                            r.getDay().getDay(),
                            unit.getStartsAt(),
                            unit.getEndsAt(),
                            r.getDay().getProgramme().getTitle(),
                            r.getPrice(),
                            r.getId()));
        }
        Set<Long> structures = structureIds(plan);
        if (!structures.isEmpty()) {
            for (HolidayDay d :
                    em.createQuery(
                                    "select d from HolidayDay d join fetch d.programme p"
                                            + " where p.structure.id in :s"
                                            + " and d.day between :f and :t",
                                    HolidayDay.class)
                            .setParameter("s", structures)
                            .setParameter("f", from)
                            .setParameter("t", to)
                            .getResultList()) {
                if (!holidayDaysTaken.contains(d.getId())) {
                    entries.add(
                            new AgendaEntry(
                                    Kind.HOLIDAY_OFFER,
                                    d.getDay(),
                                    d.getDay(),
                                    null,
                                    null,
                                    d.getProgramme().getTitle(),
                                    null,
                                    d.getId()));
                }
            }
        }
        entries.addAll(calendarEntries(plan, from, to));
        for (InformationItem item : information(child, plan, from, to)) {
            entries.add(
                    new AgendaEntry(
                            Kind.INFORMATION,
                            max(item.getStartsOn(), from),
                            min(item.getEndsOn(), to),
                            null,
                            null,
                            item.getTitle(),
                            null,
                            item.getId()));
        }
        return entries;
    }

    List<AgendaEntry> calendarEntries(RangePlan plan, LocalDate from, LocalDate to) {
        Set<Long> structures = structureIds(plan);
        List<AgendaEntry> entries = new ArrayList<>();
        Set<Integer> seenYears = new HashSet<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusMonths(1).withDayOfMonth(1)) {
            Optional<YearCalendar> year = plan.year(d);
            if (year.isEmpty() || !seenYears.add(year.get().calendar().getStart().getYear())) {
                continue;
            }
            for (CalendarEntry e : year.get().entries()) {
                if (e.getEndsOn().isBefore(from) || e.getStartsOn().isAfter(to)) {
                    continue;
                }
                Kind kind =
                        switch (e.getKind()) {
                            case SCHOOL_HOLIDAY -> Kind.SCHOOL_HOLIDAY;
                            case PUBLIC_HOLIDAY -> Kind.PUBLIC_HOLIDAY;
                            case CLOSURE ->
                                    structures.contains(e.getStructure().getId())
                                            ? Kind.CLOSURE
                                            : null;
                            case SCHOOL_PERIOD -> null;
                        };
                if (kind != null) {
                    entries.add(
                            new AgendaEntry(
                                    kind,
                                    max(e.getStartsOn(), from),
                                    min(e.getEndsOn(), to),
                                    null,
                                    null,
                                    e.getLabel(),
                                    null,
                                    e.getId()));
                }
            }
        }
        return entries;
    }

    /**
     * The information items over the range for the child: posted to the child, to a structure of
     * the child's contracts, or to a care unit of their patterns.
     */
    List<InformationItem> information(Child child, RangePlan plan, LocalDate from, LocalDate to) {
        Set<Long> structures = structureIds(plan);
        Set<Long> units = new HashSet<>();
        for (Contract c : plan.contracts()) {
            for (ContractTerms t : c.getTerms()) {
                for (ContractUnit u : t.getUnits()) {
                    units.add(u.getCareUnit().getId());
                }
            }
        }
        List<InformationItem> items =
                em.createQuery(
                                "select i from InformationItem i where i.startsOn <= :to"
                                        + " and i.endsOn >= :from and (i.child = :child"
                                        + " or (i.child is null and i.structure.id in :s))"
                                        + " order by i.startsOn, i.id",
                                InformationItem.class)
                        .setParameter("to", to)
                        .setParameter("from", from)
                        .setParameter("child", child)
                        .setParameter("s", structures.isEmpty() ? Set.of(-1L) : structures)
                        .getResultList();
        return items.stream()
                .filter(i -> i.getCareUnit() == null || units.contains(i.getCareUnit().getId()))
                .sorted(Comparator.comparing(InformationItem::getStartsOn))
                .toList();
    }

    private static Set<Long> structureIds(RangePlan plan) {
        Set<Long> ids = new HashSet<>();
        plan.contracts().forEach(c -> ids.add(c.getStructure().getId()));
        return ids;
    }

    Map<String, Absence> absencesByKey(Child child, LocalDate from, LocalDate to) {
        Map<String, Absence> map = new HashMap<>();
        for (Absence a :
                em.createQuery(
                                "select a from Absence a join fetch a.careUnit where a.child = :c"
                                        + " and a.day between :from and :to",
                                Absence.class)
                        .setParameter("c", child)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .getResultList()) {
            map.put(key(a.getDay(), a.getCareUnit().getId()), a);
        }
        return map;
    }

    /** The extra-care requests of the child over the range (every status), by day. */
    List<ExtraCare> extraCares(Child child, LocalDate from, LocalDate to) {
        return em.createQuery(
                        "select e from ExtraCare e join fetch e.careUnit where e.child = :c"
                                + " and e.day between :from and :to order by e.day, e.id",
                        ExtraCare.class)
                .setParameter("c", child)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    static String key(LocalDate day, long careUnitId) {
        return day + "/" + careUnitId;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
