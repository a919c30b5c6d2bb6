package ch.monportail.agenda.boundary;

import ch.monportail.agenda.control.Consumption;
import ch.monportail.agenda.control.Consumption.Planned;
import ch.monportail.agenda.control.Consumption.Service;
import ch.monportail.agenda.entity.Absence;
import ch.monportail.agenda.entity.ExtraCare;
import ch.monportail.agenda.entity.ExtraCareStatus;
import ch.monportail.agenda.entity.HolidayRegistration;
import ch.monportail.agenda.entity.HolidayRegistrationStatus;
import ch.monportail.contract.entity.Contract;
import ch.monportail.contract.entity.ContractUnit;
import ch.monportail.family.entity.Child;
import ch.monportail.structure.boundary.Calendars;
import ch.monportail.structure.boundary.Calendars.YearCalendar;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The services the children consumed over a range of days (the agenda's answer to the billing's
 * question, rule in {@link Consumption}): the plan of every contract, the absences, the approved
 * extra care and the billed holiday registrations, read with a fixed number of queries whatever the
 * number of children and days. No caller check: the daily debit run (a timer, or the ADMIN through
 * the billing service) is its only user.
 */
@Stateless
@PermitAll
public class ConsumedServices {

    /** One service consumed by a child on a day. */
    public record Consumed(LocalDate day, Child child, Service service) {}

    @PersistenceContext private EntityManager em;

    @Inject private Calendars calendars;

    /** Every child's services of the days {@code from}–{@code to}, by day then child. */
    public List<Consumed> between(LocalDate from, LocalDate to) {
        RangePlan plan = RangePlan.all(em, calendars, from, to);
        return collect(
                plan,
                from,
                to,
                em.createQuery(
                                "select a from Absence a where a.day between :from and :to",
                                Absence.class)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .getResultList(),
                em.createQuery(
                                "select e from ExtraCare e where e.day between :from and :to"
                                        + " and e.status = :approved",
                                ExtraCare.class)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .setParameter("approved", ExtraCareStatus.APPROVED)
                        .getResultList(),
                em.createQuery(
                                "select r from HolidayRegistration r join fetch r.day d"
                                        + " where d.day between :from and :to"
                                        + " and r.status in :billed",
                                HolidayRegistration.class)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .setParameter(
                                "billed",
                                List.of(
                                        HolidayRegistrationStatus.REGISTERED,
                                        HolidayRegistrationStatus.CANCELLED_LATE))
                        .getResultList());
    }

    /** One child's services of the days {@code from}–{@code to}. */
    public List<Consumed> ofChild(Child child, LocalDate from, LocalDate to) {
        RangePlan plan = RangePlan.load(em, calendars, child, from, to);
        return collect(
                plan,
                from,
                to,
                em.createQuery(
                                "select a from Absence a where a.child = :c"
                                        + " and a.day between :from and :to",
                                Absence.class)
                        .setParameter("c", child)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .getResultList(),
                em.createQuery(
                                "select e from ExtraCare e where e.child = :c"
                                        + " and e.day between :from and :to"
                                        + " and e.status = :approved",
                                ExtraCare.class)
                        .setParameter("c", child)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .setParameter("approved", ExtraCareStatus.APPROVED)
                        .getResultList(),
                em.createQuery(
                                "select r from HolidayRegistration r join fetch r.day d"
                                        + " where r.child = :c and d.day between :from and :to",
                                HolidayRegistration.class)
                        .setParameter("c", child)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .getResultList());
    }

    /**
     * Whether anything that decides a day's services changed after the moment (an absence
     * announced, recorded or excused, an extra care asked or decided, a holiday registration made
     * or cancelled, a contract activated or amended from that day or before): a run that read the
     * day before must read it again.
     */
    public boolean changedSince(LocalDate day, java.time.Instant since) {
        return count(
                                "select count(a) from Absence a where a.day = :d"
                                        + " and (a.announcedAt > :t or a.excusedAt > :t"
                                        + " or a.certificateAcceptedAt > :t)",
                                day,
                                since)
                        + count(
                                "select count(e) from ExtraCare e where e.day = :d"
                                        + " and (e.requestedAt > :t or e.decidedAt > :t)",
                                day,
                                since)
                        + count(
                                "select count(r) from HolidayRegistration r where r.day.day = :d"
                                        + " and (r.registeredAt > :t or r.cancelledAt > :t)",
                                day,
                                since)
                        + count(
                                "select count(t) from ContractTerms t where t.createdAt > :t"
                                        + " and t.effectiveFrom <= :d",
                                day,
                                since)
                        + count(
                                "select count(c) from Contract c where c.activatedAt > :t"
                                        + " and c.startsOn <= :d",
                                day,
                                since)
                > 0;
    }

    private long count(String jpql, LocalDate day, java.time.Instant since) {
        return em.createQuery(jpql, Long.class)
                .setParameter("d", day)
                .setParameter("t", since)
                .getSingleResult();
    }

    private static List<Consumed> collect(
            RangePlan plan,
            LocalDate from,
            LocalDate to,
            List<Absence> absences,
            List<ExtraCare> extraCares,
            List<HolidayRegistration> registrations) {
        Map<String, Map<Long, Absence>> absencesByChildDay = new HashMap<>();
        for (Absence a : absences) {
            absencesByChildDay
                    .computeIfAbsent(key(a.getChild().getId(), a.getDay()), k -> new HashMap<>())
                    .put(a.getCareUnit().getId(), a);
        }
        Map<String, List<ExtraCare>> extrasByChildDay = new HashMap<>();
        for (ExtraCare e : extraCares) {
            extrasByChildDay
                    .computeIfAbsent(key(e.getChild().getId(), e.getDay()), k -> new ArrayList<>())
                    .add(e);
        }
        Map<String, List<HolidayRegistration>> holidaysByChildDay = new HashMap<>();
        for (HolidayRegistration r : registrations) {
            holidaysByChildDay
                    .computeIfAbsent(
                            key(r.getChild().getId(), r.getDay().getDay()), k -> new ArrayList<>())
                    .add(r);
        }
        List<Consumed> consumed = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            Map<Long, Child> children = new LinkedHashMap<>();
            Map<Long, List<Planned>> plannedByChild = new HashMap<>();
            Optional<YearCalendar> year = plan.year(d);
            for (Contract c : plan.contracts()) {
                if (year.isEmpty() || !c.covers(d)) {
                    continue;
                }
                List<ContractUnit> units = plan.unitsOn(c, d, year.get());
                Child child = c.getChild();
                children.putIfAbsent(child.getId(), child);
                List<Planned> planned =
                        plannedByChild.computeIfAbsent(child.getId(), k -> new ArrayList<>());
                units.forEach(u -> planned.add(new Planned(c, u)));
            }
            String day = d.toString();
            extrasByChildDay.forEach(
                    (k, list) -> {
                        if (k.endsWith(day)) {
                            children.putIfAbsent(
                                    list.get(0).getChild().getId(), list.get(0).getChild());
                        }
                    });
            holidaysByChildDay.forEach(
                    (k, list) -> {
                        if (k.endsWith(day)) {
                            children.putIfAbsent(
                                    list.get(0).getChild().getId(), list.get(0).getChild());
                        }
                    });
            for (Child child : children.values()) {
                String k = key(child.getId(), d);
                for (Service s :
                        Consumption.of(
                                plannedByChild.getOrDefault(child.getId(), List.of()),
                                absencesByChildDay.getOrDefault(k, Map.of()),
                                extrasByChildDay.getOrDefault(k, List.of()),
                                holidaysByChildDay.getOrDefault(k, List.of()))) {
                    consumed.add(new Consumed(d, child, s));
                }
            }
        }
        return consumed;
    }

    private static String key(long childId, LocalDate day) {
        return childId + "/" + day;
    }
}
