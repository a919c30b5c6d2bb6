package ch.monportail.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SwissFormatTest {

    @ParameterizedTest
    @CsvSource({
        "0, CHF 0.00",
        "0.05, CHF 0.05",
        "12.3, CHF 12.30",
        "999.99, CHF 999.99",
        "1234.5, CHF 1'234.50",
        "1234567.891, CHF 1'234'567.89",
        "-12.3, CHF -12.30",
        "-1234.5, CHF -1'234.50",
        "0.005, CHF 0.01",
        "2.675, CHF 2.68"
    })
    void moneyIsWrittenTheSwissWay(String amount, String expected) {
        assertThat(SwissFormat.money(new BigDecimal(amount))).isEqualTo(expected);
    }

    @Test
    void amountWithoutCurrencyAndNull() {
        assertThat(SwissFormat.amount(new BigDecimal("1000"))).isEqualTo("1'000.00");
        assertThat(SwissFormat.money(null)).isEmpty();
        assertThat(SwissFormat.date(null)).isEmpty();
    }

    @Test
    void datesAreDayMonthYearWithDots() {
        assertThat(SwissFormat.date(LocalDate.of(2026, 11, 27))).isEqualTo("27.11.2026");
        assertThat(SwissFormat.date(LocalDate.of(2028, 2, 29))).isEqualTo("29.02.2028");
        assertThat(SwissFormat.date(LocalDate.of(2027, 1, 1))).isEqualTo("01.01.2027");
        assertThat(SwissFormat.dateTime(LocalDateTime.of(2026, 8, 3, 7, 5)))
                .isEqualTo("03.08.2026 07:05");
    }

    @Test
    void anIbanIsPrintedInGroupsOfFour() {
        assertThat(SwissFormat.iban("CH4431999123000889012"))
                .isEqualTo("CH44 3199 9123 0008 8901 2");
        assertThat(SwissFormat.iban("CH44 3199 9123 0008 8901 2"))
                .isEqualTo("CH44 3199 9123 0008 8901 2");
        assertThat(SwissFormat.iban(null)).isEmpty();
    }

    @Test
    void anAmountIsReadAsTypedInSwitzerland() {
        assertThat(SwissFormat.parseAmount("1'234.50")).isEqualByComparingTo("1234.50");
        assertThat(SwissFormat.parseAmount(" 1234,5 ")).isEqualByComparingTo("1234.50");
        assertThat(SwissFormat.parseAmount("1 234")).isEqualByComparingTo("1234");
        assertThat(SwissFormat.parseAmount("1’000.05")).isEqualByComparingTo("1000.05");
        assertThat(SwissFormat.parseAmount("  ")).isNull();
        assertThat(SwissFormat.parseAmount(null)).isNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> SwissFormat.parseAmount("1.234,50"))
                .isInstanceOf(NumberFormatException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SwissFormat.parseAmount("abc"))
                .isInstanceOf(NumberFormatException.class);
    }
}
