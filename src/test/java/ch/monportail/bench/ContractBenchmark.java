package ch.monportail.bench;

import ch.monportail.account.entity.Account;
import ch.monportail.account.entity.Role;
import ch.monportail.contract.control.ContractEstimate;
import ch.monportail.contract.control.ContractPdf;
import ch.monportail.contract.entity.Contract;
import ch.monportail.contract.entity.ContractTerms;
import ch.monportail.contract.entity.ContractUnit;
import ch.monportail.family.entity.Child;
import ch.monportail.family.entity.ChildData;
import ch.monportail.family.entity.Family;
import ch.monportail.family.entity.Household;
import ch.monportail.family.entity.LegalRepresentative;
import ch.monportail.family.entity.PersonalData;
import ch.monportail.family.entity.SchoolGrade;
import ch.monportail.structure.control.AnnualEstimate;
import ch.monportail.structure.control.SchoolCalendar;
import ch.monportail.structure.control.SchoolCalendar.Range;
import ch.monportail.structure.entity.CareUnit;
import ch.monportail.structure.entity.CareUnitData;
import ch.monportail.structure.entity.SchoolYear;
import ch.monportail.structure.entity.Structure;
import ch.monportail.structure.entity.StructureData;
import ch.monportail.structure.entity.StructureKind;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The contract benchmark of issue "Structures, calendar, tariffs and contracts" (not a test: it
 * prints figures). Generates N contract PDFs with the product's {@link ContractPdf} and prints the
 * median and p95 time per PDF after a warm-up (target: median ≤ 20 ms warm on 2 cores), then times
 * the annual-total calculation ({@link ContractEstimate}) for 3,000 contracts.
 *
 * <p>Run: {@code mvn -q test-compile exec:java
 * -Dexec.mainClass=ch.monportail.bench.ContractBenchmark -Dexec.classpathScope=test
 * [-Dexec.args=500]}
 */
public final class ContractBenchmark {

    private ContractBenchmark() {}

    public static void main(String[] args) throws Exception {
        int pdfs = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        SchoolCalendar calendar =
                new SchoolCalendar(
                        2026,
                        List.of(new Range(LocalDate.of(2026, 8, 17), LocalDate.of(2027, 6, 25))),
                        List.of(
                                new Range(LocalDate.of(2026, 10, 17), LocalDate.of(2026, 11, 1)),
                                new Range(LocalDate.of(2026, 12, 24), LocalDate.of(2027, 1, 10)),
                                new Range(LocalDate.of(2027, 2, 6), LocalDate.of(2027, 2, 14)),
                                new Range(LocalDate.of(2027, 3, 26), LocalDate.of(2027, 4, 11))),
                        Set.of(
                                LocalDate.of(2026, 12, 8),
                                LocalDate.of(2026, 12, 25),
                                LocalDate.of(2027, 1, 1),
                                LocalDate.of(2027, 5, 6),
                                LocalDate.of(2027, 5, 17),
                                LocalDate.of(2027, 5, 27)));
        Contract contract = contract(1);
        ResourceBundle bundle =
                ResourceBundle.getBundle("ch.monportail.i18n.messages", Locale.FRENCH);
        AnnualEstimate.Result estimate = ContractEstimate.of(contract, calendar, Set.of());
        for (int i = 0; i < 50; i++) {
            pdf(contract, estimate, bundle);
        }
        long[] times = new long[pdfs];
        int bytes = 0;
        for (int i = 0; i < pdfs; i++) {
            long start = System.nanoTime();
            bytes = pdf(contract, estimate, bundle).length;
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        System.out.printf(
                "contract PDF: %d PDFs, median %.1f ms, p95 %.1f ms, max %.1f ms, %d bytes each%n",
                pdfs,
                times[pdfs / 2] / 1e6,
                times[(int) (pdfs * 0.95)] / 1e6,
                times[pdfs - 1] / 1e6,
                bytes);

        List<Contract> contracts = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            contracts.add(contract(i + 10));
        }
        for (int round = 0; round < 3; round++) {
            long start = System.nanoTime();
            BigDecimal sum = BigDecimal.ZERO;
            for (Contract c : contracts) {
                sum = sum.add(ContractEstimate.of(c, calendar, Set.of()).total());
            }
            System.out.printf(
                    "annual totals of 3,000 contracts (round %d): %.0f ms (sum CHF %s)%n",
                    round + 1, (System.nanoTime() - start) / 1e6, sum);
        }
    }

    private static byte[] pdf(
            Contract contract, AnnualEstimate.Result estimate, ResourceBundle bundle) {
        return ContractPdf.render(
                contract,
                estimate,
                "Commune de Conthey",
                "Service générations",
                Locale.FRENCH,
                key -> bundle.containsKey(key) ? bundle.getString(key) : key);
    }

    /** An in-memory contract like the demo's Léa Favre (ids set as JPA would). */
    static Contract contract(long seed) throws ReflectiveOperationException {
        Instant now = Instant.now();
        Family family = id(new Family(now), seed);
        Household household = id(new Household(family), seed);
        household.declare(new BigDecimal("98000"), 2, now);
        LegalRepresentative claire =
                id(
                        new LegalRepresentative(
                                family,
                                household,
                                id(
                                        new Account(
                                                "claire" + seed + "@example.ch",
                                                "Claire",
                                                "Favre",
                                                Role.PARENT,
                                                "fr",
                                                now),
                                        seed)),
                        seed);
        claire.update(
                new PersonalData(
                        "Rue du Stade 4",
                        "1964",
                        "Conthey",
                        "+41794123321",
                        null,
                        null,
                        null,
                        null,
                        null));
        family.holderIs(claire);
        Child child =
                id(
                        new Child(
                                family,
                                new ChildData(
                                        "Léa",
                                        "Favre",
                                        LocalDate.of(2018, 3, 14),
                                        SchoolGrade.H4,
                                        "4H-B")),
                        seed);
        Structure uape =
                id(
                        new Structure(
                                new StructureData(
                                        "UAPE Les Écureuils",
                                        StructureKind.UAPE,
                                        "Route de l'École 3",
                                        "1964",
                                        "Conthey",
                                        null,
                                        null)),
                        1);
        CareUnit midday =
                id(
                        new CareUnit(
                                uape,
                                new CareUnitData(
                                        "Midi avec repas",
                                        LocalTime.of(11, 45),
                                        LocalTime.of(13, 45),
                                        new BigDecimal("18.00"),
                                        new BigDecimal("8.00"),
                                        48,
                                        true,
                                        false,
                                        1)),
                        1);
        CareUnit afternoon =
                id(
                        new CareUnit(
                                uape,
                                new CareUnitData(
                                        "Après-midi",
                                        LocalTime.of(15, 30),
                                        LocalTime.of(18, 30),
                                        new BigDecimal("21.00"),
                                        null,
                                        36,
                                        true,
                                        false,
                                        2)),
                        2);
        Contract contract =
                id(
                        new Contract(
                                child,
                                uape,
                                new SchoolYear(2026),
                                LocalDate.of(2026, 8, 17),
                                LocalDate.of(2027, 6, 25),
                                now),
                        seed);
        List<ContractUnit> units = new ArrayList<>();
        for (DayOfWeek day :
                List.of(
                        DayOfWeek.MONDAY,
                        DayOfWeek.TUESDAY,
                        DayOfWeek.THURSDAY,
                        DayOfWeek.FRIDAY)) {
            units.add(
                    new ContractUnit(day, midday, new BigDecimal("14.40"), new BigDecimal("8.00")));
        }
        for (DayOfWeek day : List.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY)) {
            units.add(
                    new ContractUnit(
                            day, afternoon, new BigDecimal("16.80"), new BigDecimal("0.00")));
        }
        contract.getTerms()
                .add(
                        new ContractTerms(
                                contract,
                                contract.getStartsOn(),
                                claire,
                                new BigDecimal("80"),
                                1,
                                new BigDecimal("98000"),
                                units,
                                null,
                                null,
                                now));
        return contract;
    }

    private static <T> T id(T entity, long id) throws ReflectiveOperationException {
        Field field = entity.getClass().getDeclaredField("id");
        field.setAccessible(true);
        field.set(entity, id);
        return entity;
    }
}
