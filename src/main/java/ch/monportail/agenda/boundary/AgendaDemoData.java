package ch.monportail.agenda.boundary;

import ch.monportail.agenda.boundary.RangePlan.Planned;
import ch.monportail.agenda.control.AbsenceRule.Consequence;
import ch.monportail.agenda.entity.Absence;
import ch.monportail.agenda.entity.AbsenceReason;
import ch.monportail.agenda.entity.InformationItem;
import ch.monportail.family.entity.Child;
import ch.monportail.platform.boundary.Clocks;
import ch.monportail.platform.control.DemoSeed;
import ch.monportail.platform.control.Settings;
import ch.monportail.structure.boundary.Calendars;
import ch.monportail.structure.entity.Structure;
import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The demo agenda, relative to the day the demo starts (so it looks alive whenever it is run): Léa
 * Favre off on holiday next week (announced early, not billed) and absent last time for another
 * reason announced that morning (late, billed); her brother Noé ill without a certificate (billed);
 * Sofia Rossi absent without notice (recorded by the staff); information items for the UAPE, its
 * afternoon unit, the crèche and Léa.
 */
@Stateless
public class AgendaDemoData {

    @PersistenceContext private EntityManager em;

    @Inject private Calendars calendars;

    @Inject private Clock clock;

    @PermitAll
    public void seed(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) DemoSeed seed) {
        if (!Settings.flag("monportail.demo")) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        Child lea = child("Léa");
        Child noe = child("Noé");
        Child sofia = child("Sofia");
        nextPlanned(lea, today.plusDays(7))
                .ifPresent(
                        p ->
                                absence(
                                        p,
                                        AbsenceReason.HOLIDAY,
                                        "Vacances en famille",
                                        now.minusSeconds(3 * 86_400)));
        lastPlanned(lea, today)
                .ifPresent(
                        p ->
                                absence(
                                        p,
                                        AbsenceReason.OTHER,
                                        "Rendez-vous chez le dentiste",
                                        morningOf(p.day())));
        lastPlanned(noe, today)
                .ifPresent(p -> absence(p, AbsenceReason.ILLNESS, "Fièvre", morningOf(p.day())));
        lastPlanned(sofia, today)
                .ifPresent(
                        p ->
                                absence(
                                        p,
                                        AbsenceReason.UNANNOUNCED,
                                        null,
                                        p.day()
                                                .atTime(14, 0)
                                                .atZone(Clocks.COMMUNE_ZONE)
                                                .toInstant()));

        Structure uape = structure("UAPE Les Écureuils");
        holidayProgrammes(uape, lea, noe, sofia, child("Emma"));
        extraCare(lea, uape, next(today, java.time.DayOfWeek.WEDNESDAY), "Midi avec repas", false);
        extraCare(child("Emma"), uape, next(today, java.time.DayOfWeek.FRIDAY), "Après-midi", true);
        Structure creche = structure("Crèche Les Petits Loups");
        LocalDate nextWednesday = today.plusDays(1);
        while (nextWednesday.getDayOfWeek() != java.time.DayOfWeek.WEDNESDAY) {
            nextWednesday = nextWednesday.plusDays(1);
        }
        information(
                uape,
                null,
                null,
                today,
                today.plusDays(13),
                "Nouvel horaire du vestiaire",
                "Les enfants rangent désormais leurs affaires au sous-sol.");
        information(
                uape,
                uape.getCareUnits().stream()
                        .filter(u -> u.getName().equals("Après-midi"))
                        .findFirst()
                        .orElse(null),
                null,
                nextWednesday,
                nextWednesday,
                "Sortie au bois",
                "Prévoir des bottes et une veste de pluie.");
        information(
                creche,
                null,
                null,
                today.plusDays(2),
                today.plusDays(2),
                "Fermeture à 16h00",
                "Formation de l'équipe.");
        information(
                uape,
                null,
                lea,
                today,
                today.plusDays(6),
                "Carnet de vaccination",
                "Merci d'apporter le carnet de vaccination de Léa.");
    }

    /**
     * Christmas: 28.12.2026 is full (two places: Léa and Sofia) with Noé on the waiting list, Emma
     * on 29.12. Carnival: registration open in January 2027; 10.02.2027 has one place, Emma's.
     */
    private void holidayProgrammes(Structure uape, Child lea, Child noe, Child sofia, Child emma) {
        var unit =
                uape.getCareUnits().stream()
                        .filter(u -> u.getName().equals("Journée vacances"))
                        .findFirst();
        if (unit.isEmpty() || calendars.tariff(uape.getId(), 2026).isEmpty()) {
            return;
        }
        var christmas =
                programme(
                        unit.get(),
                        "Vacances de Noël",
                        LocalDate.of(2026, 11, 2),
                        LocalDate.of(2026, 12, 14),
                        LocalDate.of(2026, 12, 28),
                        LocalDate.of(2027, 1, 8),
                        java.util.Map.of(LocalDate.of(2026, 12, 28), 2));
        var carnival =
                programme(
                        unit.get(),
                        "Vacances de Carnaval",
                        LocalDate.of(2027, 1, 4),
                        LocalDate.of(2027, 1, 29),
                        LocalDate.of(2027, 2, 8),
                        LocalDate.of(2027, 2, 12),
                        java.util.Map.of(LocalDate.of(2027, 2, 10), 1));
        register(christmas, LocalDate.of(2026, 12, 28), lea, true, 3);
        register(christmas, LocalDate.of(2026, 12, 28), sofia, true, 2);
        register(christmas, LocalDate.of(2026, 12, 28), noe, false, 1);
        register(christmas, LocalDate.of(2026, 12, 29), emma, true, 1);
        register(carnival, LocalDate.of(2027, 2, 10), emma, true, 1);
    }

    private ch.monportail.agenda.entity.HolidayProgramme programme(
            ch.monportail.structure.entity.CareUnit unit,
            String title,
            LocalDate opens,
            LocalDate deadline,
            LocalDate from,
            LocalDate to,
            java.util.Map<LocalDate, Integer> capacities) {
        var programme =
                new ch.monportail.agenda.entity.HolidayProgramme(
                        unit, title, null, opens, deadline, clock.instant());
        em.persist(programme);
        var years = calendars.yearCalendars(java.util.Set.of(2026));
        var year = years.get(2026);
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (year != null
                    && year.calendar()
                            .isOpen(
                                    d,
                                    year.closures(unit.getStructure().getId()),
                                    unit.isOnSchoolDays(),
                                    unit.isInHolidays())) {
                em.persist(
                        new ch.monportail.agenda.entity.HolidayDay(
                                programme, d, capacities.getOrDefault(d, 12)));
            }
        }
        return programme;
    }

    private void register(
            ch.monportail.agenda.entity.HolidayProgramme programme,
            LocalDate day,
            Child child,
            boolean placeFree,
            int daysAgo) {
        var holidayDay =
                programme.getDays().stream().filter(d -> d.getDay().equals(day)).findFirst();
        RangePlan plan = RangePlan.load(em, calendars, child, day.minusMonths(1), day);
        var contract =
                plan.contracts().stream()
                        .filter(
                                c ->
                                        c.getStructure()
                                                .getId()
                                                .equals(programme.getStructure().getId()))
                        .findFirst();
        if (holidayDay.isEmpty() || contract.isEmpty()) {
            return;
        }
        var terms = contract.get().getCurrentTerms();
        var price =
                ch.monportail.agenda.control.FamilyUnitPrice.of(
                        calendars
                                .tariff(programme.getStructure().getId(), 2026)
                                .orElseThrow()
                                .rule(),
                        programme.dayFullPrice(),
                        programme.getCareUnit().getMealPrice(),
                        terms.getIncomeBasis(),
                        terms.getSiblingRank());
        em.persist(
                new ch.monportail.agenda.entity.HolidayRegistration(
                        holidayDay.get(),
                        child,
                        contract.get(),
                        price,
                        placeFree,
                        clock.instant().minusSeconds(daysAgo * 86_400L),
                        null));
    }

    /** The first such weekday after today that is a school day (within four weeks). */
    private LocalDate next(LocalDate today, java.time.DayOfWeek weekday) {
        var years =
                calendars.yearCalendars(
                        java.util.Set.of(
                                ch.monportail.structure.control.SchoolCalendar.startYearOf(today)));
        LocalDate d = today.plusDays(1);
        for (int i = 0; i < 28; i++, d = d.plusDays(1)) {
            var year = years.get(ch.monportail.structure.control.SchoolCalendar.startYearOf(d));
            if (d.getDayOfWeek() == weekday
                    && year != null
                    && year.calendar().kind(d, java.util.Set.of())
                            == ch.monportail.structure.control.SchoolCalendar.DayKind.SCHOOL_DAY) {
                return d;
            }
        }
        return null;
    }

    /** A request for a unit outside the child's pattern, pending or approved by the staff. */
    private void extraCare(
            Child child, Structure structure, LocalDate day, String unitName, boolean approved) {
        if (day == null) {
            return;
        }
        RangePlan plan = RangePlan.load(em, calendars, child, day, day);
        var contract =
                plan.contracts().stream()
                        .filter(
                                c ->
                                        c.covers(day)
                                                && c.getStructure()
                                                        .getId()
                                                        .equals(structure.getId()))
                        .findFirst();
        var unit =
                structure.getCareUnits().stream()
                        .filter(u -> u.getName().equals(unitName))
                        .findFirst();
        var tariff = calendars.tariff(structure.getId(), 2026);
        if (contract.isEmpty() || unit.isEmpty() || tariff.isEmpty()) {
            return;
        }
        var terms = contract.get().termsOn(day);
        var price =
                ch.monportail.agenda.control.FamilyUnitPrice.of(
                        tariff.get().rule(),
                        unit.get().getFullPrice(),
                        unit.get().getMealPrice(),
                        terms.getIncomeBasis(),
                        terms.getSiblingRank(),
                        structure.getAgendaSettings().getExtraCareSurchargePercent());
        var extra =
                new ch.monportail.agenda.entity.ExtraCare(
                        child,
                        contract.get(),
                        unit.get(),
                        day,
                        price,
                        approved ? "Rendez-vous chez le médecin" : "Réunion tardive au travail",
                        clock.instant().minusSeconds(86_400),
                        null);
        if (approved) {
            extra.approve(clock.instant(), null, null);
        }
        em.persist(extra);
    }

    private Instant morningOf(LocalDate day) {
        return ZonedDateTime.of(day, LocalTime.of(7, 30), Clocks.COMMUNE_ZONE).toInstant();
    }

    private void absence(Planned p, AbsenceReason reason, String comment, Instant at) {
        RangePlan plan = RangePlan.load(em, calendars, p.contract().getChild(), p.day(), p.day());
        var rule = plan.rule(p.contract(), p.day());
        Consequence c =
                reason == AbsenceReason.UNANNOUNCED
                        ? rule.unannounced(p.unit().getPrice())
                        : rule.announced(p.day(), at, reason, p.unit().getPrice(), false);
        em.persist(
                new Absence(
                        p.contract().getChild(),
                        p.contract(),
                        p.unit().getCareUnit(),
                        p.day(),
                        reason,
                        comment,
                        at,
                        null,
                        c.billing(),
                        c.amount()));
    }

    private void information(
            Structure structure,
            ch.monportail.structure.entity.CareUnit unit,
            Child child,
            LocalDate from,
            LocalDate to,
            String title,
            String body) {
        em.persist(
                new InformationItem(
                        structure, unit, child, from, to, title, body, null, clock.instant()));
    }

    /** The first unit planned on or after {@code from} (within three weeks). */
    private Optional<Planned> nextPlanned(Child child, LocalDate from) {
        RangePlan plan = RangePlan.load(em, calendars, child, from, from.plusDays(21));
        for (LocalDate d = from; !d.isAfter(from.plusDays(21)); d = d.plusDays(1)) {
            List<Planned> planned = plan.on(d);
            if (!planned.isEmpty()) {
                return Optional.of(planned.get(0));
            }
        }
        return Optional.empty();
    }

    /** The last unit planned before {@code today} (within three weeks). */
    private Optional<Planned> lastPlanned(Child child, LocalDate today) {
        RangePlan plan = RangePlan.load(em, calendars, child, today.minusDays(21), today);
        for (LocalDate d = today.minusDays(1);
                !d.isBefore(today.minusDays(21));
                d = d.minusDays(1)) {
            List<Planned> planned = plan.on(d);
            if (!planned.isEmpty()) {
                return Optional.of(planned.get(0));
            }
        }
        return Optional.empty();
    }

    private Child child(String firstName) {
        return em.createQuery(
                        "select c from Child c where c.firstName = :n order by c.id", Child.class)
                .setParameter("n", firstName)
                .getResultList()
                .get(0);
    }

    private Structure structure(String name) {
        return em.createQuery("select s from Structure s where s.name = :n", Structure.class)
                .setParameter("n", name)
                .getSingleResult();
    }
}
