package ch.monportail.agenda.boundary;

import ch.monportail.agenda.control.AbsenceRule;
import ch.monportail.agenda.control.CarePlan;
import ch.monportail.contract.entity.Contract;
import ch.monportail.contract.entity.ContractStatus;
import ch.monportail.contract.entity.ContractUnit;
import ch.monportail.family.entity.Child;
import ch.monportail.platform.boundary.Clocks;
import ch.monportail.structure.boundary.Calendars;
import ch.monportail.structure.boundary.Calendars.YearCalendar;
import ch.monportail.structure.control.SchoolCalendar;
import ch.monportail.structure.entity.CareUnit;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The contracts of one child — or of one structure — and the school calendars over a range of days,
 * loaded with a fixed number of queries whatever the length of the range: the contracts (not
 * drafts) that overlap it with their terms (batch-fetched), and the calendars of the school years
 * it touches. The agenda, the absences and the presence lists read the plan of each day here
 * ({@link CarePlan}).
 */
final class RangePlan {

    /** A unit the contract plans on a day. */
    record Planned(LocalDate day, Contract contract, ContractUnit unit) {}

    private static final int IN_LIMIT = 1000;

    private final List<Contract> contracts;
    private final Map<Long, List<ContractUnit>> unitsByTerms;
    private final Map<Integer, YearCalendar> years;

    private RangePlan(
            List<Contract> contracts,
            Map<Long, List<ContractUnit>> unitsByTerms,
            Map<Integer, YearCalendar> years) {
        this.contracts = contracts;
        this.unitsByTerms = unitsByTerms;
        this.years = years;
    }

    static RangePlan load(
            EntityManager em, Calendars calendars, Child child, LocalDate from, LocalDate to) {
        return load(em, calendars, "c.child = :owner", child, from, to);
    }

    /** The plan of every child with a contract in the structure (children fetched with it). */
    static RangePlan ofStructure(
            EntityManager em,
            Calendars calendars,
            ch.monportail.structure.entity.Structure structure,
            LocalDate from,
            LocalDate to) {
        return load(em, calendars, "c.structure = :owner", structure, from, to);
    }

    /**
     * The plan of every child with a contract (the daily debit run): children, structures and the
     * terms batch-fetched (the children's families are not read: the run needs only their ids).
     */
    static RangePlan all(EntityManager em, Calendars calendars, LocalDate from, LocalDate to) {
        TypedQuery<Contract> query =
                em.createQuery(
                                "select c from Contract c join fetch c.child where c.status <> :draft"
                                        + " and c.startsOn <= :to and c.endsOn >= :from"
                                        + " order by c.startsOn, c.id",
                                Contract.class)
                        .setHint("eclipselink.batch", "c.structure");
        return load(em, calendars, query, from, to);
    }

    private static RangePlan load(
            EntityManager em,
            Calendars calendars,
            String owner,
            Object value,
            LocalDate from,
            LocalDate to) {
        TypedQuery<Contract> query =
                em.createQuery(
                                "select c from Contract c join fetch c.child where "
                                        + owner
                                        + " and c.status <> :draft"
                                        + " and c.startsOn <= :to and c.endsOn >= :from"
                                        + " order by c.startsOn",
                                Contract.class)
                        .setParameter("owner", value);
        return load(em, calendars, query, from, to);
    }

    private static RangePlan load(
            EntityManager em,
            Calendars calendars,
            TypedQuery<Contract> query,
            LocalDate from,
            LocalDate to) {
        List<Contract> contracts =
                query.setParameter("draft", ContractStatus.DRAFT)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .setHint("eclipselink.batch.type", "IN")
                        .setHint("eclipselink.batch", "c.terms")
                        .getResultList();
        Set<Integer> startYears = new TreeSet<>();
        for (LocalDate d = from.withDayOfMonth(1); !d.isAfter(to); d = d.plusMonths(1)) {
            startYears.add(SchoolCalendar.startYearOf(d));
        }
        startYears.add(SchoolCalendar.startYearOf(to));
        return new RangePlan(
                contracts, unitsOf(em, contracts), calendars.yearCalendars(startYears));
    }

    /**
     * The weekly units of every terms of the contracts, read with one query per thousand contracts
     * (the element collection would be read with one query per terms).
     */
    private static Map<Long, List<ContractUnit>> unitsOf(
            EntityManager em, List<Contract> contracts) {
        Map<Long, List<ContractUnit>> units = new HashMap<>();
        List<Long> ids = contracts.stream().map(Contract::getId).toList();
        for (int i = 0; i < ids.size(); i += IN_LIMIT) {
            for (Object[] row :
                    em.createQuery(
                                    "select t.id, u.weekday, u.careUnit, u.carePrice, u.mealPrice"
                                            + " from ContractTerms t join t.units u"
                                            + " where t.contract.id in :ids",
                                    Object[].class)
                            .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + IN_LIMIT)))
                            .getResultList()) {
                units.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                        .add(
                                new ContractUnit(
                                        DayOfWeek.of(((Number) row[1]).intValue()),
                                        (CareUnit) row[2],
                                        (BigDecimal) row[3],
                                        (BigDecimal) row[4]));
            }
        }
        return units;
    }

    /** The units the contract plans on the day (open days only), by start time. */
    List<ContractUnit> unitsOn(Contract contract, LocalDate day, YearCalendar year) {
        return CarePlan.unitsOn(
                contract,
                day,
                year.calendar(),
                year.closures(contract.getStructure().getId()),
                terms -> unitsByTerms.getOrDefault(terms.getId(), List.of()));
    }

    List<Contract> contracts() {
        return contracts;
    }

    Optional<YearCalendar> year(LocalDate day) {
        return Optional.ofNullable(years.get(SchoolCalendar.startYearOf(day)));
    }

    /** The units planned on the day, by start time, over all the child's contracts. */
    List<Planned> on(LocalDate day) {
        Optional<YearCalendar> year = year(day);
        if (year.isEmpty()) {
            return List.of();
        }
        List<Planned> planned = new ArrayList<>();
        for (Contract c : contracts) {
            for (ContractUnit u : unitsOn(c, day, year.get())) {
                planned.add(new Planned(day, c, u));
            }
        }
        planned.sort(
                java.util.Comparator.comparing(
                        (Planned p) -> p.unit().getCareUnit().getStartsAt()));
        return planned;
    }

    /** The kind of the day for the structure (weekend, holiday, closure...), empty without year. */
    Optional<SchoolCalendar.DayKind> kind(LocalDate day, long structureId) {
        return year(day).map(y -> y.calendar().kind(day, y.closures(structureId)));
    }

    /** The absence rule of a contract's structure for a day of this plan. */
    AbsenceRule rule(Contract contract, LocalDate day) {
        SchoolCalendar calendar = year(day).orElseThrow(IllegalStateException::new).calendar();
        return new AbsenceRule(
                contract.getStructure().getAgendaSettings(), calendar, Clocks.COMMUNE_ZONE);
    }
}
