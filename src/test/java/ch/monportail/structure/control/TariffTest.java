package ch.monportail.structure.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.monportail.structure.control.Tariff.Bracket;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The DESIGN §4 example: < 40'000 → 30 % … ≥ 150'000 or not declared → 100 %; −10 %, −20 %. */
class TariffTest {

    static Tariff demo() {
        return new Tariff(
                List.of(
                        new Bracket(null, bd("100")),
                        new Bracket(bd("40000"), bd("30")),
                        new Bracket(bd("60000"), bd("45")),
                        new Bracket(bd("90000"), bd("60")),
                        new Bracket(bd("150000"), bd("80"))),
                bd("100"),
                bd("10"),
                bd("20"));
    }

    static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }

    @ParameterizedTest
    @CsvSource({
        "0, 30",
        "39999.99, 30",
        "40000, 45",
        "59999, 45",
        "60000, 60",
        "89999.99, 60",
        "90000, 80",
        "149999.99, 80",
        "150000, 100",
        "2000000, 100"
    })
    void theBracketIsTheFirstWhoseExclusiveLimitIsAboveTheIncome(String income, String percent) {
        assertThat(demo().percentFor(bd(income))).isEqualByComparingTo(percent);
    }

    @Test
    void withoutDeclaredIncomeTheFullPriceApplies() {
        assertThat(demo().percentFor(null)).isEqualByComparingTo("100");
        assertThat(demo().price(bd("21.00"), null, null, 1).care()).isEqualTo(bd("21.00"));
    }

    @Test
    void thePriceIsReducedByBracketAndSiblingRankAndRoundedToFiveCentimes() {
        Tariff tariff = demo();
        // 18.00 × 45 % = 8.10
        assertThat(tariff.price(bd("18.00"), bd("8.00"), bd("50000"), 1).care())
                .isEqualTo(bd("8.10"));
        // 18.00 × 45 % × 90 % = 7.29 → 7.30
        assertThat(tariff.price(bd("18.00"), bd("8.00"), bd("50000"), 2).care())
                .isEqualTo(bd("7.30"));
        // 18.00 × 45 % × 80 % = 6.48 → 6.50
        assertThat(tariff.price(bd("18.00"), bd("8.00"), bd("50000"), 3).care())
                .isEqualTo(bd("6.50"));
        // the fourth child has the reduction of the further children too
        assertThat(tariff.price(bd("18.00"), bd("8.00"), bd("50000"), 4).care())
                .isEqualTo(bd("6.50"));
    }

    @Test
    void theMealIsNeverReduced() {
        Tariff.UnitPrice price = demo().price(bd("18.00"), bd("8.00"), bd("10000"), 3);
        assertThat(price.meal()).isEqualTo(bd("8.00"));
        // 18 × 30 % × 80 % = 4.32 → 4.30, plus the meal
        assertThat(price.total()).isEqualTo(bd("12.30"));
    }

    @Test
    void aUnitWithoutMealHasAZeroMeal() {
        assertThat(demo().price(bd("9.00"), null, bd("100000"), 1).meal()).isEqualTo(bd("0.00"));
        // 9 × 80 % = 7.20
        assertThat(demo().price(bd("9.00"), null, bd("100000"), 1).total()).isEqualTo(bd("7.20"));
    }

    @Test
    void aMealPriceOfOddCentimesIsRoundedToo() {
        assertThat(demo().price(bd("9.00"), bd("7.83"), null, 1).meal()).isEqualTo(bd("7.85"));
    }

    @Test
    void theSiblingReductionsByRank() {
        assertThat(demo().siblingReduction(1)).isEqualByComparingTo("0");
        assertThat(demo().siblingReduction(2)).isEqualByComparingTo("10");
        assertThat(demo().siblingReduction(3)).isEqualByComparingTo("20");
        assertThatThrownBy(() -> demo().siblingReduction(0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTariffNeedsExactlyOneOpenBracketAndDistinctLimits() {
        assertThatThrownBy(
                        () ->
                                new Tariff(
                                        List.of(new Bracket(bd("40000"), bd("30"))),
                                        bd("100"),
                                        bd("0"),
                                        bd("0")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () ->
                                new Tariff(
                                        List.of(
                                                new Bracket(null, bd("100")),
                                                new Bracket(null, bd("50"))),
                                        bd("100"),
                                        bd("0"),
                                        bd("0")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () ->
                                new Tariff(
                                        List.of(
                                                new Bracket(bd("40000"), bd("30")),
                                                new Bracket(bd("40000"), bd("40")),
                                                new Bracket(null, bd("100"))),
                                        bd("100"),
                                        bd("0"),
                                        bd("0")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void percentagesOutsideZeroToHundredAreRefused() {
        assertThatThrownBy(() -> new Bracket(null, bd("100.01")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Bracket(bd("0"), bd("30")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () ->
                                new Tariff(
                                        List.of(new Bracket(null, bd("100"))),
                                        bd("100"),
                                        bd("-1"),
                                        bd("0")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
