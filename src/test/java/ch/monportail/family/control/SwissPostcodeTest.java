package ch.monportail.family.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SwissPostcodeTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1000",
                "1003",
                "1950",
                "1964",
                "3000",
                "8001",
                "9490",
                "9699",
                " 1964 ",
                "\t1964\n"
            })
    void fourDigitsFrom1000To9699AreSwissPostcodes(String postcode) {
        assertThat(SwissPostcode.isValid(postcode)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0999", "0000", "0100", "999", "9700", "9999", "19a4", "1 964", "19644", "01964",
                "+1964", "-1964", "1964.", "１９６４", "١٩٦٤", "CH-1964", "abcd"
            })
    void anythingElseIsRefused(String postcode) {
        assertThat(SwissPostcode.isValid(postcode)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"    "})
    void nullOrBlankIsRefused(String postcode) {
        assertThat(SwissPostcode.isValid(postcode)).isFalse();
    }
}
