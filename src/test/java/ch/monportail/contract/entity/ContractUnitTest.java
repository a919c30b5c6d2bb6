package ch.monportail.contract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import ch.monportail.contract.control.ContractEstimate;
import ch.monportail.structure.control.AnnualEstimate;
import ch.monportail.structure.control.SchoolCalendar;
import ch.monportail.structure.control.SchoolCalendar.Range;
import ch.monportail.structure.entity.CareUnit;
import ch.monportail.structure.entity.SchoolYear;
import ch.monportail.structure.entity.Structure;
import ch.monportail.structure.entity.StructureTariff;
import ch.monportail.structure.entity.TariffBracket;
import ch.monportail.testing.TestEntities;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 5: "Editing a tariff never changes an active contract's frozen prices; a new tariff applies
 * to new contracts and amendments."
 */
class ContractUnitTest {

    private static final Instant NOW = Instant.parse("2026-06-15T08:00:00Z");
    private static final BigDecimal INCOME = new BigDecimal("85000.00");

    private final TestEntities.Favre favre = TestEntities.favre(NOW);
    private final Structure structure = TestEntities.structure("UAPE Les Marmottes", 5L);
    private final CareUnit midday = TestEntities.midday(structure);
    private final SchoolYear year = TestEntities.withId(new SchoolYear(2026), 6L);

    private static BigDecimal chf(String amount) {
        return new BigDecimal(amount);
    }

    private static List<TariffBracket> brackets(String percentUpTo90000) {
        return List.of(
                new TariffBracket(chf("40000"), chf("30")),
                new TariffBracket(chf("90000"), chf(percentUpTo90000)),
                new TariffBracket(null, chf("100")));
    }

    @Test
    void editingTheTariffAfterwardsLeavesTheFrozenPricesAndTheTotalUnchanged() {
        StructureTariff tariff =
                new StructureTariff(
                        structure, year, brackets("60"), chf("100"), chf("10"), chf("20"));
        ContractUnit monday =
                ContractUnit.frozen(DayOfWeek.MONDAY, midday, tariff.rule(), INCOME, 1);
        Contract contract =
                new Contract(
                        favre.child(),
                        structure,
                        year,
                        LocalDate.parse("2026-08-17"),
                        LocalDate.parse("2026-09-30"),
                        NOW);
        contract.getTerms()
                .add(
                        new ContractTerms(
                                contract,
                                contract.getStartsOn(),
                                favre.holder(),
                                tariff.rule().percentFor(INCOME),
                                1,
                                INCOME,
                                List.of(monday),
                                null,
                                99L,
                                NOW));
        SchoolCalendar calendar =
                new SchoolCalendar(
                        2026,
                        List.of(
                                new Range(
                                        LocalDate.parse("2026-08-17"),
                                        LocalDate.parse("2027-06-25"))),
                        List.of(),
                        Set.of());
        AnnualEstimate.Result before = ContractEstimate.of(contract, calendar, Set.of());
        // 60 % of 30.00 + the meal, not reduced
        assertThat(monday.getCarePrice()).isEqualByComparingTo("18.00");
        assertThat(monday.getMealPrice()).isEqualByComparingTo("8.00");

        // the service lowers the bracket to 50 % and the second-child reduction
        tariff.replace(brackets("50"), chf("100"), chf("15"), chf("20"));

        ContractUnit frozen = contract.getCurrentTerms().getUnits().get(0);
        assertThat(frozen.getCarePrice()).isEqualByComparingTo("18.00");
        assertThat(frozen.getMealPrice()).isEqualByComparingTo("8.00");
        assertThat(contract.getCurrentTerms().getPercent()).isEqualByComparingTo("60");
        assertThat(ContractEstimate.of(contract, calendar, Set.of())).isEqualTo(before);
        // a new contract or an amendment is priced with the edited tariff
        assertThat(
                        ContractUnit.frozen(DayOfWeek.MONDAY, midday, tariff.rule(), INCOME, 1)
                                .getCarePrice())
                .isEqualByComparingTo("15.00");
    }
}
