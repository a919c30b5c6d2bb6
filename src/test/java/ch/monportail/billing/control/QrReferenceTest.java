package ch.monportail.billing.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.codecrete.qrbill.generator.Payments;
import org.junit.jupiter.api.Test;

/** The QR reference: recursive modulo-10 check digit, account payload, grouping by five. */
class QrReferenceTest {

    /** The example of the Swiss Implementation Guidelines (and of SIX's sample bills). */
    private static final String SAMPLE = "210000000003139471430009017";

    @Test
    void publishedExampleIsValidAndFormatsInGroupsOfFiveFromTheRight() {
        assertThat(QrReference.isValid(SAMPLE)).isTrue();
        assertThat(QrReference.format(SAMPLE)).isEqualTo("21 00000 00003 13947 14300 09017");
        assertThat(QrReference.checkDigit("21000000000313947143000901")).isEqualTo(7);
    }

    @Test
    void checkDigitOfSmallInputs() {
        assertThat(QrReference.checkDigit("0")).isZero();
        assertThat(QrReference.checkDigit("1")).isEqualTo(1);
        assertThat(QrReference.checkDigit("12345")).isEqualTo(7);
        assertThat(QrReference.checkDigit("0".repeat(26))).isZero();
    }

    @Test
    void checkDigitRejectsNonDigits() {
        assertThatThrownBy(() -> QrReference.checkDigit("12a4"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QrReference.checkDigit(""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QrReference.checkDigit(null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QrReference.checkDigit("12 34"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void forAccountPadsTheAccountNumberTo26DigitsAndAppendsTheCheckDigit() {
        String reference = QrReference.forAccount(100001);

        assertThat(reference).isEqualTo("00000000000000000000100001" + "5").hasSize(27);
        assertThat(QrReference.isValid(reference)).isTrue();
        assertThat(QrReference.format(reference)).isEqualTo("00 00000 00000 00000 00010 00015");
    }

    @Test
    void forAccountAgreesWithTheLibrary() {
        for (long account : new long[] {1, 42, 100001, 987654321, Long.MAX_VALUE}) {
            String reference = QrReference.forAccount(account);
            assertThat(Payments.isValidQRReference(reference)).as(reference).isTrue();
            assertThat(reference).isEqualTo(Payments.createQRReference(Long.toString(account)));
        }
    }

    @Test
    void forAccountRejectsZeroAndNegativeNumbers() {
        assertThatThrownBy(() -> QrReference.forAccount(-1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QrReference.forAccount(0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void whitespaceIsIgnored() {
        assertThat(QrReference.isValid("21 00000 00003 13947 14300 09017")).isTrue();
        assertThat(QrReference.isValid(" 2100000000031394714300\t09017\n")).isTrue();
        assertThat(QrReference.normalize("21 00000 00003 13947 14300 09017")).isEqualTo(SAMPLE);
        assertThat(QrReference.format("21 00000 00003 13947 14300 09017"))
                .isEqualTo("21 00000 00003 13947 14300 09017");
    }

    @Test
    void invalidReferences() {
        assertThat(QrReference.isValid("210000000003139471430009016")).as("check digit").isFalse();
        assertThat(QrReference.isValid("210000000003139471430009027")).as("digit").isFalse();
        assertThat(QrReference.isValid("21000000000313947143000901")).as("26 digits").isFalse();
        assertThat(QrReference.isValid("2100000000031394714300090170")).as("28").isFalse();
        assertThat(QrReference.isValid("21000000000313947143000A017")).as("letter").isFalse();
        assertThat(QrReference.isValid("0".repeat(27))).as("all zero, check digit 0").isFalse();
        assertThat(QrReference.isValid("RF18539007547034")).isFalse();
        assertThat(QrReference.isValid("")).isFalse();
        assertThat(QrReference.isValid(null)).isFalse();
    }
}
