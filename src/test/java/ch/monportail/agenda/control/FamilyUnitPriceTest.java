package ch.monportail.agenda.control;

import static org.assertj.core.api.Assertions.assertThat;

import ch.monportail.structure.control.Tariff;
import ch.monportail.structure.control.Tariff.Bracket;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class FamilyUnitPriceTest {

    /** The demo tariff: < 40k 30 %, < 60k 45 %, < 90k 60 %, < 150k 80 %, else 100 %. */
    private static final Tariff TARIFF =
            new Tariff(
                    List.of(
                            new Bracket(null, bd("100")),
                            new Bracket(bd("40000"), bd("30")),
                            new Bracket(bd("60000"), bd("45")),
                            new Bracket(bd("90000"), bd("60")),
                            new Bracket(bd("150000"), bd("80"))),
                    bd("100"),
                    bd("10"),
                    bd("20"));

    @Test
    void theFamilysUnitPricePlusTenPercent() {
        // midday 18.00 at 60 % = 10.80, meal 8.00 → 18.80; + 10 % = 20.68 → 20.70
        assertThat(FamilyUnitPrice.of(TARIFF, bd("18.00"), bd("8.00"), bd("75000"), 1, 10))
                .isEqualByComparingTo("20.70");
    }

    @Test
    void theSiblingReductionAppliesAsInTheContract() {
        // 18.00 at 60 % less 10 % = 9.72 → 9.70, meal 8.00 → 17.70; + 10 % = 19.47 → 19.45
        assertThat(FamilyUnitPrice.of(TARIFF, bd("18.00"), bd("8.00"), bd("75000"), 2, 10))
                .isEqualByComparingTo("19.45");
    }

    @Test
    void withoutDeclaredIncomeTheFullPrice() {
        // 21.00 at 100 %, no meal; + 10 % = 23.10
        assertThat(FamilyUnitPrice.of(TARIFF, bd("21.00"), null, null, 1, 10))
                .isEqualByComparingTo("23.10");
    }

    @Test
    void noSurchargeKeepsTheFamilysPrice() {
        assertThat(FamilyUnitPrice.of(TARIFF, bd("21.00"), null, bd("30000"), 1, 0))
                .isEqualByComparingTo("6.30");
    }

    @Test
    void theTotalIsRoundedToFiveCentimesHalfUp() {
        assertThat(FamilyUnitPrice.withSurcharge(bd("6.25"), 10)).isEqualByComparingTo("6.90");
        assertThat(FamilyUnitPrice.withSurcharge(bd("10.50"), 15)).isEqualByComparingTo("12.10");
        assertThat(FamilyUnitPrice.withSurcharge(bd("0.00"), 10)).isEqualByComparingTo("0.00");
        assertThat(FamilyUnitPrice.withSurcharge(bd("26.00"), 100)).isEqualByComparingTo("52.00");
        assertThat(FamilyUnitPrice.withSurcharge(bd("26.00"), 10).scale()).isEqualTo(2);
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
