package ch.monportail.contract.boundary;

import ch.monportail.contract.entity.Contract;
import ch.monportail.family.entity.Child;
import ch.monportail.platform.control.DemoSeed;
import ch.monportail.platform.control.Settings;
import ch.monportail.structure.boundary.Calendars;
import ch.monportail.structure.entity.CareUnit;
import ch.monportail.structure.entity.SchoolYear;
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
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Active 2026/27 contracts for the demo children at school (UAPE « Les Écureuils »): Léa Favre
 * (midday Monday, Tuesday, Thursday, Friday; afternoon Tuesday and Thursday), her brother Noé (the
 * second child: sibling reduction), Sofia Rossi, Emma Dubuis; Lina Bonvin at the crèche.
 */
@Stateless
public class ContractDemoData {

    @PersistenceContext private EntityManager em;

    @Inject private Calendars calendars;

    @Inject private Clock clock;

    @PermitAll
    public void seed(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) DemoSeed seed) {
        if (!Settings.flag("monportail.demo")) {
            return;
        }
        SchoolYear year = calendars.year(2026).orElseThrow();
        Structure uape = structure("UAPE Les Écureuils");
        Structure creche = structure("Crèche Les Petits Loups");
        LocalDate from = LocalDate.of(2026, 8, 17);
        LocalDate to = LocalDate.of(2027, 6, 25);
        contract(
                "Léa",
                uape,
                year,
                from,
                to,
                Map.of(
                        DayOfWeek.MONDAY, List.of("Midi avec repas"),
                        DayOfWeek.TUESDAY, List.of("Midi avec repas", "Après-midi"),
                        DayOfWeek.THURSDAY, List.of("Midi avec repas", "Après-midi"),
                        DayOfWeek.FRIDAY, List.of("Midi avec repas")));
        contract(
                "Noé",
                uape,
                year,
                from,
                to,
                Map.of(
                        DayOfWeek.MONDAY, List.of("Accueil du matin", "Midi avec repas"),
                        DayOfWeek.THURSDAY, List.of("Accueil du matin", "Midi avec repas")));
        contract(
                "Sofia",
                uape,
                year,
                LocalDate.of(2026, 9, 1),
                to,
                Map.of(
                        DayOfWeek.WEDNESDAY, List.of("Midi avec repas", "Après-midi"),
                        DayOfWeek.FRIDAY, List.of("Après-midi")));
        contract(
                "Emma",
                uape,
                year,
                from,
                to,
                Map.of(DayOfWeek.TUESDAY, List.of("Accueil du matin", "Midi avec repas")));
        contract(
                "Lina",
                creche,
                year,
                LocalDate.of(2026, 8, 3),
                LocalDate.of(2027, 7, 30),
                Map.of(
                        DayOfWeek.MONDAY, List.of("Journée"),
                        DayOfWeek.WEDNESDAY, List.of("Matin avec repas"),
                        DayOfWeek.THURSDAY, List.of("Journée")));
    }

    private void contract(
            String firstName,
            Structure structure,
            SchoolYear year,
            LocalDate from,
            LocalDate to,
            Map<DayOfWeek, List<String>> unitNames) {
        Child child =
                em.createQuery("select c from Child c where c.firstName = :n", Child.class)
                        .setParameter("n", firstName)
                        .getResultList()
                        .get(0);
        Map<DayOfWeek, List<CareUnit>> pattern = new EnumMap<>(DayOfWeek.class);
        unitNames.forEach(
                (day, names) ->
                        pattern.put(
                                day,
                                names.stream()
                                        .map(
                                                name ->
                                                        structure.getCareUnits().stream()
                                                                .filter(
                                                                        u ->
                                                                                u.getName()
                                                                                        .equals(
                                                                                                name))
                                                                .findFirst()
                                                                .orElseThrow())
                                        .toList()));
        Contract contract =
                new ContractWriter(em)
                        .create(
                                child,
                                structure,
                                year,
                                from,
                                to,
                                pattern,
                                null,
                                calendars.tariff(structure.getId(), 2026).orElseThrow().rule(),
                                null,
                                clock.instant())
                        .contract();
        contract.activate(clock.instant());
    }

    private Structure structure(String name) {
        return em.createQuery("select s from Structure s where s.name = :n", Structure.class)
                .setParameter("n", name)
                .getSingleResult();
    }
}
