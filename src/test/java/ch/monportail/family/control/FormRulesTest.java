package ch.monportail.family.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.monportail.family.entity.PersonalData;
import ch.monportail.family.entity.PickupData;
import ch.monportail.platform.control.BusinessException;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FormRulesTest {

    private static PersonalData personal(
            String street,
            String postcode,
            String city,
            String mobile,
            String home,
            String work,
            Integer rate) {
        return new PersonalData(
                street, postcode, city, mobile, home, work, "Migros", "Vendeuse", rate);
    }

    private static PersonalData valid() {
        return personal("Rue du Bourg 12", "1950", "Sion", "079 123 45 67", null, null, 80);
    }

    private static PickupData pickup(
            String first, String last, String relationship, String phone, String note) {
        return new PickupData(first, last, relationship, phone, note);
    }

    private static void assertRefused(ThrowingCallable call, String key, Object... arguments) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        InvalidFamilyDataException.class,
                        e -> {
                            assertThat(e.getMessageKey()).isEqualTo(key);
                            assertThat(e.getArguments()).containsExactly(arguments);
                        });
    }

    @Test
    void validPersonalDataAreTrimmedAndNormalised() {
        PersonalData raw =
                new PersonalData(
                        "  Rue du Bourg 12 ",
                        " 1950 ",
                        " Sion",
                        "+41 (0)79 123 45 67",
                        "027 123 45 67",
                        "  ",
                        "  ",
                        " Infirmière ",
                        0);

        PersonalData data = FormRules.personalData(raw);

        assertThat(data)
                .isEqualTo(
                        new PersonalData(
                                "Rue du Bourg 12",
                                "1950",
                                "Sion",
                                "+41791234567",
                                "+41271234567",
                                null,
                                null,
                                "Infirmière",
                                0));
    }

    @Test
    void validatingValidatedDataChangesNothing() {
        PersonalData once = FormRules.personalData(valid());

        assertThat(once.mobilePhone()).isEqualTo("+41791234567");
        assertThat(FormRules.personalData(once)).isEqualTo(once);
    }

    @Test
    void aForeignMobileIsAccepted() {
        PersonalData data =
                FormRules.personalData(
                        personal(
                                "Rue 1", "1964", "Conthey", "+33 6 12 34 56 78", null, null, null));

        assertThat(data.mobilePhone()).isEqualTo("+33612345678");
        assertThat(data.occupationRate()).isNull();
    }

    @Test
    void theExceptionIsABusinessExceptionWithAKey() {
        InvalidFamilyDataException e =
                catchThrowableOfType(
                        InvalidFamilyDataException.class,
                        () ->
                                FormRules.personalData(
                                        personal(
                                                null,
                                                "1950",
                                                "Sion",
                                                "079 123 45 67",
                                                null,
                                                null,
                                                80)));

        assertThat(e).isInstanceOf(BusinessException.class);
        assertThat(e.getMessageKey()).isEqualTo("family.invalid.required");
        assertThat(e.getMessage()).isEqualTo("family.invalid.required");
        assertThat(e.getArguments()).isEqualTo(List.of("street"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void eachRequiredFieldIsNamedWhenMissing(String missing) {
        assertRefused(
                () ->
                        FormRules.personalData(
                                personal(missing, "1950", "Sion", "0791234567", null, null, 1)),
                "family.invalid.required",
                "street");
        assertRefused(
                () ->
                        FormRules.personalData(
                                personal("Rue 1", missing, "Sion", "0791234567", null, null, 1)),
                "family.invalid.required",
                "postcode");
        assertRefused(
                () ->
                        FormRules.personalData(
                                personal("Rue 1", "1950", missing, "0791234567", null, null, 1)),
                "family.invalid.required",
                "city");
        assertRefused(
                () ->
                        FormRules.personalData(
                                personal("Rue 1", "1950", "Sion", missing, null, null, 1)),
                "family.invalid.required",
                "mobilePhone");
    }

    @Test
    void theFirstRefusedFieldIsReported() {
        assertRefused(
                () -> FormRules.personalData(personal(null, "0999", null, "abc", null, null, 101)),
                "family.invalid.required",
                "street");
        assertRefused(
                () ->
                        FormRules.personalData(
                                personal("Rue 1", "1950", null, "abc", null, null, 101)),
                "family.invalid.required",
                "city");
    }

    @Test
    void textsLongerThanTheirColumnAreRefusedWithTheMaximum() {
        String street200 = "r".repeat(200);
        assertThat(
                        FormRules.personalData(
                                        personal(
                                                street200,
                                                "1950",
                                                "Sion",
                                                "0791234567",
                                                null,
                                                null,
                                                null))
                                .street())
                .isEqualTo(street200);
        assertRefused(
                () ->
                        FormRules.personalData(
                                personal(
                                        street200 + "r",
                                        "1950",
                                        "Sion",
                                        "0791234567",
                                        null,
                                        null,
                                        null)),
                "family.invalid.tooLong",
                "street",
                200);
        assertRefused(
                () ->
                        FormRules.personalData(
                                personal(
                                        "Rue 1",
                                        "1950",
                                        "S".repeat(101),
                                        "0791234567",
                                        null,
                                        null,
                                        null)),
                "family.invalid.tooLong",
                "city",
                100);
        assertRefused(
                () ->
                        FormRules.personalData(
                                new PersonalData(
                                        "Rue 1",
                                        "1950",
                                        "Sion",
                                        "0791234567",
                                        null,
                                        null,
                                        "E".repeat(201),
                                        null,
                                        null)),
                "family.invalid.tooLong",
                "employer",
                200);
        assertRefused(
                () ->
                        FormRules.personalData(
                                new PersonalData(
                                        "Rue 1",
                                        "1950",
                                        "Sion",
                                        "0791234567",
                                        null,
                                        null,
                                        null,
                                        "P".repeat(201),
                                        null)),
                "family.invalid.tooLong",
                "profession",
                200);
    }

    @Test
    void theLengthIsCountedAfterTrimming() {
        String padded = "  " + "c".repeat(100) + "  ";

        assertThat(
                        FormRules.personalData(
                                        personal(
                                                "Rue 1",
                                                "1950",
                                                padded,
                                                "0791234567",
                                                null,
                                                null,
                                                null))
                                .city())
                .hasSize(100);
    }

    @Test
    void phonesLongerThanFortyCharactersAreTooLong() {
        assertRefused(
                () ->
                        FormRules.personalData(
                                personal(
                                        "Rue 1",
                                        "1950",
                                        "Sion",
                                        "0791234567",
                                        "0" + " ".repeat(40) + "271234567",
                                        null,
                                        null)),
                "family.invalid.tooLong",
                "homePhone",
                40);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0999", "9700", "19a4", "0000"})
    void aPostcodeOutsideSwitzerlandIsRefused(String postcode) {
        assertRefused(
                () ->
                        FormRules.personalData(
                                personal(
                                        "Rue 1", postcode, "Sion", "0791234567", null, null, null)),
                "family.invalid.postcode");
    }

    @Test
    void aPostcodeOfFiveDigitsIsNotASwissPostcode() {
        assertRefused(
                () ->
                        FormRules.personalData(
                                personal("Rue 1", "19500", "Sion", "0791234567", null, null, null)),
                "family.invalid.postcode");
    }

    @Test
    void invalidPhonesNameTheirField() {
        assertRefused(
                () ->
                        FormRules.personalData(
                                personal("Rue 1", "1950", "Sion", "079 123 45", null, null, null)),
                "family.invalid.phone",
                "mobilePhone");
        assertRefused(
                () ->
                        FormRules.personalData(
                                personal("Rue 1", "1950", "Sion", "0791234567", "abc", null, null)),
                "family.invalid.phone",
                "homePhone");
        assertRefused(
                () ->
                        FormRules.personalData(
                                personal("Rue 1", "1950", "Sion", "0791234567", null, "12", null)),
                "family.invalid.phone",
                "workPhone");
    }

    @Test
    void occupationRateIsAPercentage() {
        assertThat(
                        FormRules.personalData(
                                        personal(
                                                "Rue 1",
                                                "1950",
                                                "Sion",
                                                "0791234567",
                                                null,
                                                null,
                                                0))
                                .occupationRate())
                .isZero();
        assertThat(
                        FormRules.personalData(
                                        personal(
                                                "Rue 1",
                                                "1950",
                                                "Sion",
                                                "0791234567",
                                                null,
                                                null,
                                                100))
                                .occupationRate())
                .isEqualTo(100);
        assertRefused(
                () ->
                        FormRules.personalData(
                                personal("Rue 1", "1950", "Sion", "0791234567", null, null, 101)),
                "family.invalid.occupationRate");
        assertRefused(
                () ->
                        FormRules.personalData(
                                personal("Rue 1", "1950", "Sion", "0791234567", null, null, -1)),
                "family.invalid.occupationRate");
    }

    @Test
    void aValidPickupPersonIsTrimmedAndItsPhoneNormalised() {
        PickupData data =
                FormRules.pickup(
                        pickup(" Anne ", " Dubuis", "grand-mère ", "0041 27 123 45 67", "  "));

        assertThat(data)
                .isEqualTo(new PickupData("Anne", "Dubuis", "grand-mère", "+41271234567", null));
    }

    @Test
    void aPickupPersonNeedsNamesRelationshipAndPhone() {
        assertRefused(
                () -> FormRules.pickup(pickup(" ", "Dubuis", "voisine", "0791234567", null)),
                "family.invalid.required",
                "firstName");
        assertRefused(
                () -> FormRules.pickup(pickup("Anne", null, "voisine", "0791234567", null)),
                "family.invalid.required",
                "lastName");
        assertRefused(
                () -> FormRules.pickup(pickup("Anne", "Dubuis", "", "0791234567", null)),
                "family.invalid.required",
                "relationship");
        assertRefused(
                () -> FormRules.pickup(pickup("Anne", "Dubuis", "voisine", null, null)),
                "family.invalid.required",
                "phone");
        assertRefused(
                () -> FormRules.pickup(pickup("Anne", "Dubuis", "voisine", "079", null)),
                "family.invalid.phone",
                "phone");
    }

    @Test
    void aPickupNoteHasAtMostFiveHundredCharacters() {
        assertThat(
                        FormRules.pickup(
                                        pickup(
                                                "Anne",
                                                "Dubuis",
                                                "voisine",
                                                "0791234567",
                                                "n".repeat(500)))
                                .note())
                .hasSize(500);
        assertRefused(
                () ->
                        FormRules.pickup(
                                pickup("Anne", "Dubuis", "voisine", "0791234567", "n".repeat(501))),
                "family.invalid.tooLong",
                "note",
                500);
        assertRefused(
                () ->
                        FormRules.pickup(
                                pickup("A".repeat(101), "Dubuis", "voisine", "0791234567", null)),
                "family.invalid.tooLong",
                "firstName",
                100);
    }

    @Test
    void aNameIsRequiredAndAtMostOneHundredCharacters() {
        assertThat(FormRules.name("  Léa ", "firstName")).isEqualTo("Léa");
        assertThat(FormRules.name("L".repeat(100), "lastName")).hasSize(100);
        assertRefused(
                () -> FormRules.name(null, "firstName"), "family.invalid.required", "firstName");
        assertRefused(() -> FormRules.name(" ", "lastName"), "family.invalid.required", "lastName");
        assertRefused(
                () -> FormRules.name("L".repeat(101), "lastName"),
                "family.invalid.tooLong",
                "lastName",
                100);
    }
}
