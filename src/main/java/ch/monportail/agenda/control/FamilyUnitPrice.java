package ch.monportail.agenda.control;

import ch.monportail.structure.control.Rounding;
import ch.monportail.structure.control.Tariff;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A family's price for a care unit outside the contract's pattern (DESIGN §6), computed like the
 * contract's own units: the structure's tariff on the unit's full price with the contract's income
 * basis and sibling rank, meal not reduced, each part rounded to CHF 0.05. A holiday-care day costs
 * exactly that; an extra care adds the structure's surcharge (10 % by default), the total rounded
 * to CHF 0.05.
 */
public final class FamilyUnitPrice {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private FamilyUnitPrice() {}

    public static BigDecimal of(
            Tariff tariff,
            BigDecimal fullPrice,
            BigDecimal mealPrice,
            BigDecimal incomeBasis,
            int siblingRank,
            int surchargePercent) {
        return withSurcharge(
                of(tariff, fullPrice, mealPrice, incomeBasis, siblingRank), surchargePercent);
    }

    /** The family's price of the unit, without surcharge. */
    public static BigDecimal of(
            Tariff tariff,
            BigDecimal fullPrice,
            BigDecimal mealPrice,
            BigDecimal incomeBasis,
            int siblingRank) {
        return tariff.price(fullPrice, mealPrice, incomeBasis, siblingRank).total();
    }

    public static BigDecimal withSurcharge(BigDecimal familyPrice, int surchargePercent) {
        return Rounding.toFiveCentimes(
                familyPrice
                        .multiply(HUNDRED.add(BigDecimal.valueOf(surchargePercent)))
                        .divide(HUNDRED, 4, RoundingMode.HALF_UP));
    }
}
