package ch.monportail.family.control;

import ch.monportail.family.entity.PersonalData;
import ch.monportail.family.entity.PickupData;

/**
 * The validation of the family forms (issue "Families": Swiss postcodes, phone numbers normalised
 * to E.164, required fields, clear messages). The first refused field is reported with a message
 * key naming the field, so the parent reads "Téléphone portable : numéro non valable", not a
 * generic error. Returns the normalised values: trimmed, blanks as null, phones in E.164.
 */
public final class FormRules {

    static final int MAX_TEXT = 200;
    static final int MAX_NAME = 100;

    private FormRules() {}

    public static PersonalData personalData(PersonalData raw) {
        String street = required(raw.street(), "street", MAX_TEXT);
        String postcode = required(raw.postcode(), "postcode", 40);
        if (!SwissPostcode.isValid(postcode)) {
            throw new InvalidFamilyDataException("family.invalid.postcode");
        }
        String city = required(raw.city(), "city", MAX_NAME);
        String mobile = phone(required(raw.mobilePhone(), "mobilePhone", 40), "mobilePhone");
        String home = phone(optional(raw.homePhone(), "homePhone", 40), "homePhone");
        String work = phone(optional(raw.workPhone(), "workPhone", 40), "workPhone");
        Integer rate = raw.occupationRate();
        if (rate != null && (rate < 0 || rate > 100)) {
            throw new InvalidFamilyDataException("family.invalid.occupationRate");
        }
        return new PersonalData(
                street,
                postcode.strip(),
                city,
                mobile,
                home,
                work,
                optional(raw.employer(), "employer", MAX_TEXT),
                optional(raw.profession(), "profession", MAX_TEXT),
                rate);
    }

    public static PickupData pickup(PickupData raw) {
        return new PickupData(
                required(raw.firstName(), "firstName", MAX_NAME),
                required(raw.lastName(), "lastName", MAX_NAME),
                required(raw.relationship(), "relationship", MAX_NAME),
                phone(required(raw.phone(), "phone", 40), "phone"),
                optional(raw.note(), "note", 500));
    }

    /** A required name (representative, child): present and at most 100 characters. */
    public static String name(String value, String field) {
        return required(value, field, MAX_NAME);
    }

    private static String required(String value, String field, int max) {
        String text = optional(value, field, max);
        if (text == null) {
            throw new InvalidFamilyDataException("family.invalid.required", field);
        }
        return text;
    }

    private static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new InvalidFamilyDataException("family.invalid.tooLong", field, max);
        }
        return text;
    }

    private static String phone(String value, String field) {
        if (value == null) {
            return null;
        }
        return PhoneNumbers.normalize(value)
                .orElseThrow(() -> new InvalidFamilyDataException("family.invalid.phone", field));
    }
}
