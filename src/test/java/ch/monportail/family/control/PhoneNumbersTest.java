package ch.monportail.family.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "079 123 45 67",
                "0791234567",
                "+41 79 123 45 67",
                "+41791234567",
                "0041791234567",
                "0041 79 123 45 67",
                "+41 (0)79 123 45 67",
                "0041 (0)79 123 45 67",
                "079-123-45-67",
                "079.123.45.67",
                "079/123 45 67",
                "  079 123 45 67\t"
            })
    void aSwissMobileIsAcceptedAsPeopleTypeIt(String typed) {
        assertThat(PhoneNumbers.normalize(typed)).contains("+41791234567");
    }

    @ParameterizedTest
    @CsvSource({
        "021 312 34 56, +41213123456",
        "+41 21 312 34 56, +41213123456",
        "0041 (0)22 123 45 67, +41221234567",
        "058 123 45 67, +41581234567",
        "0800 123 456, +41800123456",
        "+423 235 12 34, +4232351234"
    })
    void swissLandlinesAndNeighboursAreNormalisedToE164(String typed, String e164) {
        assertThat(PhoneNumbers.normalize(typed)).contains(e164);
    }

    @ParameterizedTest
    @CsvSource({
        "+33 6 12 34 56 78, +33612345678",
        "0033 6 12 34 56 78, +33612345678",
        "+33 (0)6 12 34 56 78, +33612345678",
        "+49 30 12345678, +493012345678",
        "0049 151 23456789, +4915123456789"
    })
    void frenchAndGermanNumbersKeepTheirCountryCode(String typed, String e164) {
        assertThat(PhoneNumbers.normalize(typed)).contains(e164);
    }

    @Test
    void aNumberWithoutCountryCodeIsSwiss() {
        // A French mobile typed nationally is read as a Swiss number (Basel area): the form asks
        // for +33 for foreign numbers.
        assertThat(PhoneNumbers.normalize("06 12 34 56 78")).contains("+41612345678");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "079 123 45 6",
                "079 123 45 678",
                "079 123 45 67 8",
                "+4179123456",
                "+41 79 123 45 67 89",
                "+33 6 12 34 56",
                "12",
                "112",
                "0",
                "+",
                "00",
                "abc",
                "079 123 45 6a",
                "téléphone",
                "---",
                "+41 79 123 45 67 89 01 23 45 67 89 01 23 45"
            })
    void invalidNumbersAreRefused(String typed) {
        assertThat(PhoneNumbers.normalize(typed)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t\n"})
    void nullOrBlankIsNotANumber(String typed) {
        assertThat(PhoneNumbers.normalize(typed)).isEmpty();
    }

    @Test
    void textLongerThanFortyCharactersIsRefusedBeforeParsing() {
        String valid = "079 123 45 67";
        String forty = " ".repeat(40 - valid.length()) + valid;
        String fortyOne = " " + forty;

        assertThat(PhoneNumbers.normalize(forty)).contains("+41791234567");
        assertThat(PhoneNumbers.normalize(fortyOne)).isEmpty();
        assertThat(PhoneNumbers.normalize("0".repeat(10_000))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"079 ABC DE FG", "0041 79 123 45 67x", "+41 79 123 45 67 ext. 12"})
    void lettersInTheNumberAreRefused(String typed) {
        assertThat(PhoneNumbers.normalize(typed)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "+41791234567, 079 123 45 67",
        "+41213123456, 021 312 34 56",
        "+41800123456, 0800 123 456",
        "+33612345678, +33 6 12 34 56 78",
        "+493012345678, +49 30 12345678",
        "+4232351234, +423 235 12 34"
    })
    void swissNumbersAreShownNationallyOthersInternationally(String e164, String shown) {
        assertThat(PhoneNumbers.display(e164)).isEqualTo(shown);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void nothingToShowGivesAnEmptyText(String e164) {
        assertThat(PhoneNumbers.display(e164)).isEmpty();
    }

    @Test
    void aValueThatIsNotANumberIsShownAsStored() {
        assertThat(PhoneNumbers.display("inconnu")).isEqualTo("inconnu");
    }

    @Test
    void normalizeThenDisplayGivesTheUsualSwissForm() {
        assertThat(PhoneNumbers.normalize("0041 79 123 45 67").map(PhoneNumbers::display))
                .contains("079 123 45 67");
    }
}
