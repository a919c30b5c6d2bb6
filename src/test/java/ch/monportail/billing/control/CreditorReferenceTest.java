package ch.monportail.billing.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.codecrete.qrbill.generator.Payments;
import org.junit.jupiter.api.Test;

/** The ISO 11649 creditor reference: RF, two MOD 97-10 check digits, payload, groups of four. */
class CreditorReferenceTest {

    /** The example of ISO 11649 (and of the Swiss Implementation Guidelines). */
    private static final String SAMPLE = "RF18539007547034";

    @Test
    void publishedExample() {
        assertThat(CreditorReference.isValid(SAMPLE)).isTrue();
        assertThat(CreditorReference.of("539007547034")).isEqualTo(SAMPLE);
        assertThat(CreditorReference.format(SAMPLE)).isEqualTo("RF18 5390 0754 7034");
    }

    @Test
    void formattedAndLowerCaseReferencesAreAccepted() {
        assertThat(CreditorReference.isValid("RF18 5390 0754 7034")).isTrue();
        assertThat(CreditorReference.isValid("rf18539007547034")).isTrue();
        assertThat(CreditorReference.isValid("rf45abc")).isTrue();
        assertThat(CreditorReference.of("abc")).isEqualTo("RF45ABC");
        assertThat(CreditorReference.normalize("rf18 5390 0754 7034")).isEqualTo(SAMPLE);
        assertThat(CreditorReference.format("rf45abc")).isEqualTo("RF45 ABC");
    }

    @Test
    void forAccountUsesTheUnpaddedAccountNumber() {
        assertThat(CreditorReference.forAccount(100001)).isEqualTo("RF69100001");
        assertThat(CreditorReference.format("RF69100001")).isEqualTo("RF69 1000 01");
    }

    @Test
    void agreesWithTheLibrary() {
        for (String payload : new String[] {"1", "100001", "539007547034", "ABC", "X".repeat(21)}) {
            String reference = CreditorReference.of(payload);
            assertThat(reference).isEqualTo(Payments.createISO11649Reference(payload));
            assertThat(Payments.isValidISO11649Reference(reference)).as(reference).isTrue();
            assertThat(CreditorReference.isValid(reference)).as(reference).isTrue();
        }
    }

    @Test
    void invalidCheckDigits() {
        assertThat(CreditorReference.isValid("RF19539007547034")).isFalse();
        assertThat(CreditorReference.isValid("RF81539007547034")).isFalse();
        assertThat(CreditorReference.isValid("RF18539007547035")).isFalse();
        assertThat(CreditorReference.isValid("RF18539007547043")).as("swapped").isFalse();
    }

    @Test
    void malformedReferences() {
        assertThat(CreditorReference.isValid("RF18")).as("no payload").isFalse();
        assertThat(CreditorReference.isValid("RX18539007547034")).isFalse();
        assertThat(CreditorReference.isValid("RFAB539007547034")).isFalse();
        assertThat(CreditorReference.isValid("RF18-539007547034")).isFalse();
        assertThat(CreditorReference.isValid("RF00" + "1".repeat(22))).as("too long").isFalse();
        assertThat(CreditorReference.isValid("210000000003139471430009017")).isFalse();
        assertThat(CreditorReference.isValid(null)).isFalse();
    }

    @Test
    void ofRejectsBadPayloads() {
        assertThatThrownBy(() -> CreditorReference.of(""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CreditorReference.of(null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CreditorReference.of("1".repeat(22)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CreditorReference.of("AB-12"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CreditorReference.of("ÉCOLE"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CreditorReference.forAccount(-5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
