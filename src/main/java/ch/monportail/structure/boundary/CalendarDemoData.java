package ch.monportail.structure.boundary;

import ch.monportail.platform.control.DemoSeed;
import ch.monportail.platform.control.Settings;
import ch.monportail.structure.entity.CalendarEntry;
import ch.monportail.structure.entity.CalendarEntry.Kind;
import ch.monportail.structure.entity.SchoolYear;
import ch.monportail.structure.entity.Structure;
import ch.monportail.structure.entity.StructureTariff;
import ch.monportail.structure.entity.TariffBracket;
import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The demo school year 2026/27 with Valais-like school holidays and public holidays (Assumption,
 * All Saints, Immaculate Conception, Christmas, New Year, Saint Joseph, Ascension, Whit Monday,
 * Corpus Christi), closure days of the demo structures, and the DESIGN §4 tariff (five brackets,
 * 100 % when not declared, siblings −10 % / −20 %) for both structures.
 */
@Stateless
public class CalendarDemoData {

    @PersistenceContext private EntityManager em;

    @PermitAll
    public void seed(@Observes @Priority(Interceptor.Priority.APPLICATION + 800) DemoSeed seed) {
        if (!Settings.flag("monportail.demo")) {
            return;
        }
        SchoolYear year = new SchoolYear(2026);
        em.persist(year);
        entry(year, Kind.SCHOOL_PERIOD, null, "2026-08-17", "2027-06-25", "Année scolaire");
        entry(year, Kind.SCHOOL_HOLIDAY, null, "2026-10-17", "2026-11-01", "Vacances d'automne");
        entry(year, Kind.SCHOOL_HOLIDAY, null, "2026-12-24", "2027-01-10", "Vacances de Noël");
        entry(year, Kind.SCHOOL_HOLIDAY, null, "2027-02-06", "2027-02-14", "Vacances de Carnaval");
        entry(year, Kind.SCHOOL_HOLIDAY, null, "2027-03-26", "2027-04-11", "Vacances de Pâques");
        entry(year, Kind.PUBLIC_HOLIDAY, null, "2026-08-15", "2026-08-15", "Assomption");
        entry(year, Kind.PUBLIC_HOLIDAY, null, "2026-11-01", "2026-11-01", "Toussaint");
        entry(year, Kind.PUBLIC_HOLIDAY, null, "2026-12-08", "2026-12-08", "Immaculée Conception");
        entry(year, Kind.PUBLIC_HOLIDAY, null, "2026-12-25", "2026-12-25", "Noël");
        entry(year, Kind.PUBLIC_HOLIDAY, null, "2027-01-01", "2027-01-01", "Nouvel An");
        entry(year, Kind.PUBLIC_HOLIDAY, null, "2027-03-19", "2027-03-19", "Saint-Joseph");
        entry(year, Kind.PUBLIC_HOLIDAY, null, "2027-05-06", "2027-05-06", "Ascension");
        entry(year, Kind.PUBLIC_HOLIDAY, null, "2027-05-17", "2027-05-17", "Lundi de Pentecôte");
        entry(year, Kind.PUBLIC_HOLIDAY, null, "2027-05-27", "2027-05-27", "Fête-Dieu");
        List<Structure> structures =
                em.createQuery("select s from Structure s order by s.name", Structure.class)
                        .getResultList();
        for (Structure structure : structures) {
            entry(year, Kind.CLOSURE, structure, "2027-05-07", "2027-05-07", "Pont de l'Ascension");
            em.persist(
                    new StructureTariff(
                            structure,
                            year,
                            List.of(
                                    bracket("40000", "30"),
                                    bracket("60000", "45"),
                                    bracket("90000", "60"),
                                    bracket("150000", "80"),
                                    bracket(null, "100")),
                            new BigDecimal("100"),
                            new BigDecimal("10"),
                            new BigDecimal("20")));
        }
    }

    private void entry(
            SchoolYear year, Kind kind, Structure structure, String from, String to, String label) {
        em.persist(
                new CalendarEntry(
                        year, kind, structure, LocalDate.parse(from), LocalDate.parse(to), label));
    }

    private static TariffBracket bracket(String upTo, String percent) {
        return new TariffBracket(
                upTo == null ? null : new BigDecimal(upTo), new BigDecimal(percent));
    }
}
