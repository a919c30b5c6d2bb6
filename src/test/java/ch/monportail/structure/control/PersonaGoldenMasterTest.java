package ch.monportail.structure.control;

import static org.assertj.core.api.Assertions.assertThat;

import ch.monportail.platform.control.SwissFormat;
import ch.monportail.structure.control.AnnualEstimate.PatternUnit;
import ch.monportail.structure.control.AnnualEstimate.Result;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Golden masters of the fee calculation (STYLE: kiBon's golden-master files) for three persona
 * families on the Valais-like 2026/27 calendar and the DESIGN §4 tariff: the unit prices, the days
 * counted and left out, the total and the monthly estimate. The expected files under {@code
 * src/test/resources/golden/} were reviewed by hand once (see their header); a change of the
 * calculation shows up as a diff of these files. To accept a deliberate change: {@code mvn test
 * -Dtest=PersonaGoldenMasterTest -Dgolden.update=true}, review the diff, commit.
 */
class PersonaGoldenMasterTest {

    private static final Path DIR = Path.of("src/test/resources/golden");
    private static final SchoolCalendar YEAR = Calendars.valais2026();
    private static final Tariff TARIFF = TariffTest.demo();

    record Unit(String name, String fullPrice, String meal, boolean school, boolean holidays) {}

    static final Unit MORNING = new Unit("Accueil du matin", "9.00", null, true, false);
    static final Unit MIDDAY = new Unit("Midi avec repas", "18.00", "8.00", true, false);
    static final Unit AFTERNOON = new Unit("Après-midi", "21.00", null, true, false);
    static final Unit CRECHE_DAY = new Unit("Journée", "120.00", "8.00", true, true);
    static final Unit CRECHE_MORNING = new Unit("Matin avec repas", "70.00", "8.00", true, true);

    @Test
    void favreTwoSiblingsAtTheUape() throws IOException {
        StringBuilder out = new StringBuilder();
        out.append(
                child(
                        "Léa Favre, 1st child, income 98'000",
                        new BigDecimal("98000"),
                        1,
                        LocalDate.of(2026, 8, 17),
                        LocalDate.of(2027, 6, 25),
                        Map.of(
                                DayOfWeek.MONDAY, List.of(MIDDAY),
                                DayOfWeek.TUESDAY, List.of(MIDDAY, AFTERNOON),
                                DayOfWeek.THURSDAY, List.of(MIDDAY, AFTERNOON),
                                DayOfWeek.FRIDAY, List.of(MIDDAY)),
                        Set.of(LocalDate.of(2027, 5, 7))));
        out.append(
                child(
                        "Noé Favre, 2nd child, income 98'000",
                        new BigDecimal("98000"),
                        2,
                        LocalDate.of(2026, 8, 17),
                        LocalDate.of(2027, 6, 25),
                        Map.of(
                                DayOfWeek.MONDAY, List.of(MORNING, MIDDAY),
                                DayOfWeek.THURSDAY, List.of(MORNING, MIDDAY)),
                        Set.of(LocalDate.of(2027, 5, 7))));
        verify("persona-favre.txt", out.toString());
    }

    @Test
    void dubuisSeparatedParentsIncomeOfTheHolderStartsInSeptember() throws IOException {
        verify(
                "persona-mayor-dubuis.txt",
                child(
                        "Emma Dubuis, 1st child, holder's household income 62'000",
                        new BigDecimal("62000"),
                        1,
                        LocalDate.of(2026, 9, 14),
                        LocalDate.of(2027, 6, 25),
                        Map.of(DayOfWeek.TUESDAY, List.of(MORNING, MIDDAY)),
                        Set.of()));
    }

    @Test
    void bonvinCrecheThroughTheHolidaysWithoutDeclaredIncome() throws IOException {
        verify(
                "persona-bonvin-creche.txt",
                child(
                        "Lina Bonvin, crèche, income not declared",
                        null,
                        1,
                        LocalDate.of(2026, 8, 3),
                        LocalDate.of(2027, 7, 30),
                        Map.of(
                                DayOfWeek.MONDAY, List.of(CRECHE_DAY),
                                DayOfWeek.WEDNESDAY, List.of(CRECHE_MORNING),
                                DayOfWeek.THURSDAY, List.of(CRECHE_DAY)),
                        Set.of(LocalDate.of(2026, 12, 28), LocalDate.of(2026, 12, 29))));
    }

    private static String child(
            String title,
            BigDecimal income,
            int rank,
            LocalDate from,
            LocalDate to,
            Map<DayOfWeek, List<Unit>> units,
            Set<LocalDate> closures) {
        StringBuilder out = new StringBuilder("== ").append(title).append('\n');
        out.append("period ")
                .append(SwissFormat.date(from))
                .append(" – ")
                .append(SwissFormat.date(to))
                .append(", tariff ")
                .append(TARIFF.percentFor(income).stripTrailingZeros().toPlainString())
                .append(" %, sibling reduction ")
                .append(TARIFF.siblingReduction(rank).stripTrailingZeros().toPlainString())
                .append(" %\n");
        Map<DayOfWeek, List<PatternUnit>> pattern = new EnumMap<>(DayOfWeek.class);
        units.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(
                        e -> {
                            for (Unit u : e.getValue()) {
                                Tariff.UnitPrice price =
                                        TARIFF.price(
                                                new BigDecimal(u.fullPrice()),
                                                u.meal() == null ? null : new BigDecimal(u.meal()),
                                                income,
                                                rank);
                                out.append(
                                        String.format(
                                                "  %-9s %-18s care %s + meal %s = %s%n",
                                                e.getKey(),
                                                u.name(),
                                                SwissFormat.money(price.care()),
                                                SwissFormat.money(price.meal()),
                                                SwissFormat.money(price.total())));
                                pattern.computeIfAbsent(
                                                e.getKey(), d -> new java.util.ArrayList<>())
                                        .add(
                                                new PatternUnit(
                                                        u.name(),
                                                        u.school(),
                                                        u.holidays(),
                                                        price.total()));
                            }
                        });
        Result result = AnnualEstimate.compute(from, to, pattern, YEAR, closures);
        out.append("attendance days ").append(result.attendanceDays()).append('\n');
        out.append("left out ")
                .append(
                        result.excludedDays().entrySet().stream()
                                .map(e -> e.getKey() + "=" + e.getValue())
                                .collect(Collectors.joining(", ")))
                .append('\n');
        out.append("months ")
                .append(result.months().size())
                .append(" ")
                .append(result.months())
                .append('\n');
        out.append("total ").append(SwissFormat.money(result.total())).append('\n');
        out.append("monthly estimate ").append(SwissFormat.money(result.monthly())).append('\n');
        return out.toString();
    }

    private static void verify(String file, String actual) throws IOException {
        Path expected = DIR.resolve(file);
        if (Boolean.getBoolean("golden.update") || !Files.exists(expected)) {
            Files.createDirectories(DIR);
            Files.writeString(
                    expected,
                    "# golden master of PersonaGoldenMasterTest, reviewed by hand\n" + actual,
                    StandardCharsets.UTF_8);
        }
        String content = Files.readString(expected, StandardCharsets.UTF_8);
        assertThat(content.substring(content.indexOf('\n') + 1)).isEqualTo(actual);
    }
}
