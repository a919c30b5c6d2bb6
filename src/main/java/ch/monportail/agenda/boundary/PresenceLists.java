package ch.monportail.agenda.boundary;

import ch.monportail.account.entity.Role;
import ch.monportail.agenda.boundary.RangePlan.Planned;
import ch.monportail.agenda.entity.Absence;
import ch.monportail.agenda.entity.ExtraCare;
import ch.monportail.agenda.entity.ExtraCareStatus;
import ch.monportail.agenda.entity.HolidayRegistration;
import ch.monportail.agenda.entity.HolidayRegistrationStatus;
import ch.monportail.agenda.entity.Presence;
import ch.monportail.contract.entity.ContractUnit;
import ch.monportail.family.boundary.FamilyAccess;
import ch.monportail.family.boundary.FamilyAudit;
import ch.monportail.family.control.PhoneNumbers;
import ch.monportail.family.entity.Child;
import ch.monportail.family.entity.PickupPerson;
import ch.monportail.platform.control.NotFoundException;
import ch.monportail.structure.boundary.Calendars;
import ch.monportail.structure.boundary.Structures;
import ch.monportail.structure.entity.CareUnit;
import ch.monportail.structure.entity.Structure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Presence lists (DESIGN §6) for the educators of a structure and the ADMIN: who is expected per
 * care unit on a day, with allergies and pickup persons; check-in and check-out (today only, the
 * times taken from the clock); the weekly occupancy of each unit against its capacity. The same
 * plan as the agenda and the billing ({@link RangePlan}); a fixed number of queries per list.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.EDUCATOR_NAME})
public class PresenceLists {

    public static final String CHECKED_IN = "CHECKED_IN";
    public static final String CHECKED_OUT = "CHECKED_OUT";

    @PersistenceContext private EntityManager em;

    @Inject private Structures structures;

    @Inject private Calendars calendars;

    @Inject private FamilyAccess access;

    @Inject private FamilyAudit audit;

    @Inject private Clock clock;

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The list of a structure for a day, units in time order, children by name. */
    public PresenceList list(long structureId, LocalDate day) {
        Structure structure = structures.structure(structureId);
        if (day == null) {
            throw new NotFoundException();
        }
        List<Planned> planned = expectedByDay(structure, day, day).get(day);
        List<Long> childIds =
                planned.stream().map(p -> p.contract().getChild().getId()).distinct().toList();
        Map<String, Absence> absences = new HashMap<>();
        Map<String, Presence> presences = new HashMap<>();
        Map<Long, List<PickupPerson>> pickups = new HashMap<>();
        if (!childIds.isEmpty()) {
            for (Absence a :
                    em.createQuery(
                                    "select a from Absence a where a.day = :d"
                                            + " and a.child.id in :ids",
                                    Absence.class)
                            .setParameter("d", day)
                            .setParameter("ids", childIds)
                            .getResultList()) {
                absences.put(a.getChild().getId() + "/" + a.getCareUnit().getId(), a);
            }
            for (Presence p :
                    em.createQuery(
                                    "select p from Presence p where p.day = :d"
                                            + " and p.child.id in :ids",
                                    Presence.class)
                            .setParameter("d", day)
                            .setParameter("ids", childIds)
                            .getResultList()) {
                presences.put(p.getChild().getId() + "/" + p.getCareUnit().getId(), p);
            }
            for (PickupPerson p :
                    em.createQuery(
                                    "select p from PickupPerson p where p.child.id in :ids"
                                            + " order by p.lastName, p.firstName",
                                    PickupPerson.class)
                            .setParameter("ids", childIds)
                            .getResultList()) {
                pickups.computeIfAbsent(p.getChild().getId(), k -> new ArrayList<>()).add(p);
            }
        }
        boolean today = day.equals(today());
        LocalTime now = LocalTime.now(clock);
        Map<Long, List<PresenceList.Row>> rowsByUnit = new LinkedHashMap<>();
        for (Planned p : planned) {
            Child child = p.contract().getChild();
            CareUnit unit = p.unit().getCareUnit();
            String key = child.getId() + "/" + unit.getId();
            Absence absence = absences.get(key);
            Presence presence = presences.get(key);
            boolean late =
                    today && absence == null && presence == null && now.isAfter(unit.getStartsAt());
            rowsByUnit
                    .computeIfAbsent(unit.getId(), k -> new ArrayList<>())
                    .add(
                            new PresenceList.Row(
                                    child.getId(),
                                    child.getDisplayName(),
                                    child.getDiet(),
                                    child.getMedicalNotes() != null
                                            && !child.getMedicalNotes().isBlank(),
                                    pickups.getOrDefault(child.getId(), List.of()).stream()
                                            .map(
                                                    x ->
                                                            x.getDisplayName()
                                                                    + " ("
                                                                    + x.getRelationship()
                                                                    + ") "
                                                                    + PhoneNumbers.display(
                                                                            x.getPhone()))
                                            .collect(Collectors.joining(" · ")),
                                    absence == null ? null : absence.getId(),
                                    absence == null ? null : absence.getReason(),
                                    absence != null && absence.isBilled(),
                                    presence == null ? null : presence.getCheckedInAt(),
                                    presence == null ? null : presence.getCheckedOutAt(),
                                    late));
        }
        List<PresenceList.Unit> units = new ArrayList<>();
        for (CareUnit unit : structure.getCareUnits()) {
            List<PresenceList.Row> rows = rowsByUnit.get(unit.getId());
            if (rows == null) {
                continue;
            }
            rows.sort(Comparator.comparing(PresenceList.Row::child));
            units.add(
                    new PresenceList.Unit(
                            unit.getId(),
                            unit.getName(),
                            unit.getStartsAt(),
                            unit.getEndsAt(),
                            unit.getCapacity(),
                            rows));
        }
        units.sort(Comparator.comparing(PresenceList.Unit::starts));
        return new PresenceList(structure.getId(), structure.getName(), day, units);
    }

    /** The list as a printable PDF in the language asked for. */
    public byte[] pdf(long structureId, LocalDate day, java.util.Locale locale) {
        PresenceList list = list(structureId, day);
        java.util.ResourceBundle bundle =
                java.util.ResourceBundle.getBundle("ch.monportail.i18n.messages", locale);
        return ch.monportail.agenda.control.PresenceListPdf.render(list, bundle::getString);
    }

    /** The child arrived (now). Today only; the child must be expected in the unit. */
    public void checkIn(long structureId, long childId, long careUnitId) {
        LocalDate day = today();
        Planned planned = expected(structureId, childId, careUnitId, day);
        Child child = planned.contract().getChild();
        em.persist(
                new Presence(
                        child,
                        planned.unit().getCareUnit(),
                        day,
                        LocalTime.now(clock),
                        access.callerId()));
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new InvalidAgendaException("presence.invalid.alreadyIn");
        }
        audit.record(
                child.getFamily(),
                CHECKED_IN,
                child.getDisplayName() + ": " + planned.unit().getCareUnit().getName());
    }

    /** The child left (now). */
    public void checkOut(long structureId, long childId, long careUnitId) {
        LocalDate day = today();
        Planned planned = expected(structureId, childId, careUnitId, day);
        Presence presence =
                em
                        .createQuery(
                                "select p from Presence p where p.day = :d and p.child.id = :c"
                                        + " and p.careUnit.id = :u",
                                Presence.class)
                        .setParameter("d", day)
                        .setParameter("c", childId)
                        .setParameter("u", careUnitId)
                        .getResultList()
                        .stream()
                        .findFirst()
                        .orElseThrow(() -> new InvalidAgendaException("presence.invalid.notIn"));
        try {
            presence.checkOut(LocalTime.now(clock), access.callerId());
        } catch (IllegalStateException e) {
            throw new InvalidAgendaException(e.getMessage());
        }
        Child child = planned.contract().getChild();
        audit.record(
                child.getFamily(),
                CHECKED_OUT,
                child.getDisplayName() + ": " + planned.unit().getCareUnit().getName());
    }

    /** Expected children per unit and weekday (Monday–Friday) of a week, against capacity. */
    public List<Occupancy> week(long structureId, LocalDate anyDay) {
        Structure structure = structures.structure(structureId);
        LocalDate monday = anyDay.with(DayOfWeek.MONDAY);
        LocalDate friday = monday.plusDays(4);
        Set<String> absent =
                em
                        .createQuery(
                                "select a from Absence a where a.day between :f and :t"
                                        + " and a.contract.structure = :s",
                                Absence.class)
                        .setParameter("f", monday)
                        .setParameter("t", friday)
                        .setParameter("s", structure)
                        .getResultList()
                        .stream()
                        .map(
                                a ->
                                        a.getDay()
                                                + "/"
                                                + a.getChild().getId()
                                                + "/"
                                                + a.getCareUnit().getId())
                        .collect(Collectors.toSet());
        Map<Long, int[]> counts = new HashMap<>();
        Map<LocalDate, List<Planned>> byDay = expectedByDay(structure, monday, friday);
        for (LocalDate d = monday; !d.isAfter(friday); d = d.plusDays(1)) {
            int index = d.getDayOfWeek().getValue() - 1;
            List<Planned> expected = byDay.get(d);
            for (Planned p : expected) {
                String key =
                        d
                                + "/"
                                + p.contract().getChild().getId()
                                + "/"
                                + p.unit().getCareUnit().getId();
                if (!absent.contains(key)) {
                    counts.computeIfAbsent(p.unit().getCareUnit().getId(), k -> new int[5])[
                            index]++;
                }
            }
        }
        List<Occupancy> result = new ArrayList<>();
        for (CareUnit unit : structure.getCareUnits()) {
            if (!unit.isActive()) {
                continue;
            }
            int[] c = counts.getOrDefault(unit.getId(), new int[5]);
            List<Integer> days = new ArrayList<>();
            for (int v : c) {
                days.add(v);
            }
            result.add(new Occupancy(unit.getName(), unit.getCapacity(), monday, days));
        }
        return result;
    }

    /** A unit's expected children Monday–Friday against its capacity. */
    public record Occupancy(String unit, int capacity, LocalDate monday, List<Integer> days)
            implements java.io.Serializable {
        public String getUnit() {
            return unit;
        }

        public int getCapacity() {
            return capacity;
        }

        public LocalDate getMonday() {
            return monday;
        }

        public List<Integer> getDays() {
            return days;
        }

        /** Percent of capacity per day, capped at 100, for the bars. */
        public List<Integer> getPercents() {
            return days.stream()
                    .map(d -> capacity == 0 ? 0 : Math.min(100, d * 100 / capacity))
                    .toList();
        }
    }

    /**
     * Who is expected each day of the range, before absences: the contracts' plan, the approved
     * extra care and the holiday registrations (one list per day, every day of the range).
     */
    private Map<LocalDate, List<Planned>> expectedByDay(
            Structure structure, LocalDate from, LocalDate to) {
        RangePlan plan = RangePlan.ofStructure(em, calendars, structure, from, to);
        Map<LocalDate, List<Planned>> byDay = new HashMap<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            byDay.put(d, new ArrayList<>(plan.on(d)));
        }
        for (ExtraCare e : approvedExtras(structure, from, to)) {
            byDay.get(e.getDay()).add(new Planned(e.getDay(), e.getContract(), extraUnit(e)));
        }
        for (Planned h : holidayRegistrations(structure, from, to)) {
            byDay.get(h.day()).add(h);
        }
        return byDay;
    }

    /** The approved extra care of a structure over the days, with their children. */
    private List<ExtraCare> approvedExtras(Structure structure, LocalDate from, LocalDate to) {
        return em.createQuery(
                        "select e from ExtraCare e join fetch e.child join fetch e.contract"
                                + " where e.careUnit.structure = :s and e.status = :a"
                                + " and e.day between :f and :t",
                        ExtraCare.class)
                .setParameter("s", structure)
                .setParameter("a", ExtraCareStatus.APPROVED)
                .setParameter("f", from)
                .setParameter("t", to)
                .getResultList();
    }

    /** The children registered for the structure's holiday days over the days. */
    private List<Planned> holidayRegistrations(Structure structure, LocalDate from, LocalDate to) {
        return em
                .createQuery(
                        "select r from HolidayRegistration r join fetch r.child"
                                + " join fetch r.day d where d.programme.structure = :s"
                                + " and d.day between :f and :t and r.status = :reg",
                        HolidayRegistration.class)
                .setParameter("s", structure)
                .setParameter("f", from)
                .setParameter("t", to)
                .setParameter("reg", HolidayRegistrationStatus.REGISTERED)
                .getResultList()
                .stream()
                .map(
                        r ->
                                new Planned(
                                        r.getDay().getDay(),
                                        r.getContract(),
                                        new ContractUnit(
                                                r.getDay().getDay().getDayOfWeek(),
                                                r.getDay().getProgramme().getCareUnit(),
                                                r.getPrice(),
                                                java.math.BigDecimal.ZERO.setScale(2))))
                .toList();
    }

    /** An approved extra care as a unit of the day's plan (its price as agreed). */
    private static ContractUnit extraUnit(ExtraCare e) {
        return new ContractUnit(
                e.getDay().getDayOfWeek(),
                e.getCareUnit(),
                e.getPrice(),
                java.math.BigDecimal.ZERO.setScale(2));
    }

    private Planned expected(long structureId, long childId, long careUnitId, LocalDate day) {
        Structure structure = structures.structure(structureId);
        return expectedByDay(structure, day, day).get(day).stream()
                .filter(
                        p ->
                                p.contract().getChild().getId() == childId
                                        && p.unit().getCareUnit().getId() == careUnitId)
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }
}
