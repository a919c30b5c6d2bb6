package ch.monportail.structure.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoundingTest {

    @ParameterizedTest
    @CsvSource({
        "12.325, 12.35",
        "12.324, 12.30",
        "12.375, 12.40",
        "12.374999, 12.35",
        "0.024, 0.00",
        "0.025, 0.05",
        "0, 0.00",
        "9.90, 9.90",
        "13.5, 13.50",
        "1234.5678, 1234.55",
        "-2.325, -2.35"
    })
    void roundsHalfUpToFiveCentimesWithTwoDecimals(String amount, String expected) {
        BigDecimal rounded = Rounding.toFiveCentimes(new BigDecimal(amount));
        assertThat(rounded).isEqualTo(new BigDecimal(expected));
        assertThat(rounded.scale()).isEqualTo(2);
    }
}
