package ch.monportail.structure.control;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Swiss rounding of an amount to CHF 0.05 (DESIGN §4: "each amount is rounded to CHF 0.05"), half
 * up, as cash registers and the QR-bill do: 12.325 → 12.35, 12.324 → 12.30, 12.375 → 12.40. The
 * result has two decimals.
 */
public final class Rounding {

    private static final BigDecimal TWENTY = BigDecimal.valueOf(20);

    private Rounding() {}

    public static BigDecimal toFiveCentimes(BigDecimal amount) {
        return amount.multiply(TWENTY)
                .setScale(0, RoundingMode.HALF_UP)
                .divide(TWENTY, 2, RoundingMode.UNNECESSARY);
    }
}
