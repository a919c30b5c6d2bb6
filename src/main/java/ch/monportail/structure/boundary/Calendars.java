package ch.monportail.structure.boundary;

import ch.monportail.platform.control.NotFoundException;
import ch.monportail.structure.control.SchoolCalendar;
import ch.monportail.structure.entity.CalendarEntry;
import ch.monportail.structure.entity.CalendarEntry.Kind;
import ch.monportail.structure.entity.SchoolYear;
import ch.monportail.structure.entity.StructureTariff;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The school calendars and tariffs as stored (DESIGN §4), turned into the calculators of {@code
 * structure.control}: the "working day" and "open day" answers every later rule uses. Calendars are
 * public information (the commune publishes them); tariffs too.
 */
@Stateless
@PermitAll
public class Calendars {

    @PersistenceContext private EntityManager em;

    public Optional<SchoolYear> year(int startYear) {
        return em
                .createQuery("select y from SchoolYear y where y.startYear = :y", SchoolYear.class)
                .setParameter("y", startYear)
                .getResultList()
                .stream()
                .findFirst();
    }

    public List<SchoolYear> years() {
        return em.createQuery("select y from SchoolYear y order by y.startYear", SchoolYear.class)
                .getResultList();
    }

    /** The calendar of a school year (without closures, which are per structure). */
    public SchoolCalendar calendar(int startYear) {
        SchoolYear year = year(startYear).orElseThrow(NotFoundException::new);
        return build(startYear, entries(year));
    }

    /**
     * A school year's calendar with the closure days of every structure and the entries as stored
     * (for display): what the agenda needs, in one query for all the years of a range.
     */
    public record YearCalendar(
            SchoolCalendar calendar,
            Map<Long, Set<LocalDate>> closuresByStructure,
            List<CalendarEntry> entries) {

        public Set<LocalDate> closures(long structureId) {
            return closuresByStructure.getOrDefault(structureId, Set.of());
        }
    }

    /** The calendars of the school years that exist among {@code startYears}, by start year. */
    public Map<Integer, YearCalendar> yearCalendars(Set<Integer> startYears) {
        if (startYears.isEmpty()) {
            return Map.of();
        }
        Map<Integer, List<CalendarEntry>> byYear = new HashMap<>();
        for (SchoolYear y :
                em.createQuery(
                                "select y from SchoolYear y where y.startYear in :ys",
                                SchoolYear.class)
                        .setParameter("ys", startYears)
                        .getResultList()) {
            byYear.put(y.getStartYear(), new ArrayList<>());
        }
        if (byYear.isEmpty()) {
            return Map.of();
        }
        for (CalendarEntry e :
                em.createQuery(
                                "select e from CalendarEntry e left join fetch e.structure"
                                        + " where e.schoolYear.startYear in :ys"
                                        + " order by e.startsOn, e.kind",
                                CalendarEntry.class)
                        .setParameter("ys", startYears)
                        .getResultList()) {
            byYear.get(e.getSchoolYear().getStartYear()).add(e);
        }
        Map<Integer, YearCalendar> result = new HashMap<>();
        byYear.forEach(
                (startYear, entries) -> {
                    Map<Long, Set<LocalDate>> closures = new HashMap<>();
                    for (CalendarEntry e : entries) {
                        if (e.getKind() == Kind.CLOSURE) {
                            closures.computeIfAbsent(e.getStructure().getId(), k -> new HashSet<>())
                                    .addAll(days(List.of(e)));
                        }
                    }
                    result.put(
                            startYear,
                            new YearCalendar(build(startYear, entries), closures, entries));
                });
        return result;
    }

    private static SchoolCalendar build(int startYear, List<CalendarEntry> entries) {
        return new SchoolCalendar(
                startYear,
                entries.stream()
                        .filter(e -> e.getKind() == Kind.SCHOOL_PERIOD)
                        .map(e -> new SchoolCalendar.Range(e.getStartsOn(), e.getEndsOn()))
                        .toList(),
                entries.stream()
                        .filter(e -> e.getKind() == Kind.SCHOOL_HOLIDAY)
                        .map(e -> new SchoolCalendar.Range(e.getStartsOn(), e.getEndsOn()))
                        .toList(),
                days(entries.stream().filter(e -> e.getKind() == Kind.PUBLIC_HOLIDAY).toList()));
    }

    /** The closure days of a structure in a school year. */
    public Set<LocalDate> closures(long structureId, int startYear) {
        SchoolYear year = year(startYear).orElseThrow(NotFoundException::new);
        return days(
                em.createQuery(
                                "select e from CalendarEntry e where e.schoolYear = :y"
                                        + " and e.kind = :k and e.structure.id = :s",
                                CalendarEntry.class)
                        .setParameter("y", year)
                        .setParameter("k", Kind.CLOSURE)
                        .setParameter("s", structureId)
                        .getResultList());
    }

    public List<CalendarEntry> entries(SchoolYear year) {
        return em.createQuery(
                        "select e from CalendarEntry e where e.schoolYear = :y"
                                + " order by e.startsOn, e.kind",
                        CalendarEntry.class)
                .setParameter("y", year)
                .getResultList();
    }

    /** The tariff of a structure for a school year. */
    public Optional<StructureTariff> tariff(long structureId, int startYear) {
        return em
                .createQuery(
                        "select t from StructureTariff t where t.structure.id = :s"
                                + " and t.schoolYear.startYear = :y",
                        StructureTariff.class)
                .setParameter("s", structureId)
                .setParameter("y", startYear)
                .getResultList()
                .stream()
                .findFirst();
    }

    private static Set<LocalDate> days(List<CalendarEntry> entries) {
        Set<LocalDate> days = new HashSet<>();
        for (CalendarEntry e : entries) {
            for (LocalDate d = e.getStartsOn(); !d.isAfter(e.getEndsOn()); d = d.plusDays(1)) {
                days.add(d);
            }
        }
        return days;
    }
}
