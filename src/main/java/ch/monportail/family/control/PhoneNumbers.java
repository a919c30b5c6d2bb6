package ch.monportail.family.control;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;

/**
 * Phone numbers as the issue "Families" asks: accepted as people type them ("079 123 45 67", "+41
 * 79 123 45 67", "0041791234567", a French "+33 6 12 34 56 78"), stored in E.164 ({@code
 * +41791234567}) so that presence lists and SMS gateways can dial them, shown in the national
 * format for Swiss numbers and the international format otherwise. A number without country code is
 * Swiss. Only numbers that are valid in their numbering plan are accepted (libphonenumber's
 * metadata, not a home-made regex).
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String DEFAULT_REGION = "CH";

    private PhoneNumbers() {}

    /** E.164 of a valid number, empty when the text is not a valid phone number. */
    public static Optional<String> normalize(String text) {
        if (text == null || text.isBlank() || text.length() > 40) {
            return Optional.empty();
        }
        // libphonenumber reads letters as a vanity number or drops them with an extension: a
        // typo must not become an emergency number nobody typed
        if (text.chars().anyMatch(Character::isLetter)) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = UTIL.parse(text.strip(), DEFAULT_REGION);
            if (!UTIL.isValidNumber(number)) {
                return Optional.empty();
            }
            return Optional.of(UTIL.format(number, PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** "079 123 45 67" for a Swiss number, "+33 6 12 34 56 78" for a foreign one. */
    public static String display(String e164) {
        if (e164 == null || e164.isBlank()) {
            return "";
        }
        try {
            PhoneNumber number = UTIL.parse(e164, DEFAULT_REGION);
            return UTIL.format(
                    number,
                    number.getCountryCode() == 41
                            ? PhoneNumberFormat.NATIONAL
                            : PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return e164;
        }
    }
}
