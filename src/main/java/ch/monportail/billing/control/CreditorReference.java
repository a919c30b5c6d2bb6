package ch.monportail.billing.control;

import java.math.BigInteger;
import java.util.Locale;

/**
 * The international creditor reference (ISO 11649, "RF reference"): {@code RF}, two check digits,
 * then a payload of 1 to 21 letters and digits — 5 to 25 characters in all. The check digits follow
 * the IBAN rule (ISO 7064 MOD 97-10): move {@code RF} and the check digits to the end, replace each
 * letter by two digits ({@code A = 10 … Z = 35}); the resulting number modulo 97 must be 1. To
 * compute them, the same is done with {@code RF00} and the check digits are {@code 98 - remainder}.
 *
 * <p>Used on the QR-bill (reference type {@code SCOR}) with an ordinary IBAN — never with a
 * QR-IBAN, which requires a {@link QrReference}. MonPortail's payload is the billing account number
 * in decimal, unpadded. A reference is read back ignoring whitespace and case, and printed in
 * groups of four characters ({@code RF18 5390 0754 7034}).
 */
public final class CreditorReference {

    /** Maximum payload length (25 characters minus {@code RF} and the two check digits). */
    public static final int MAX_PAYLOAD = 21;

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private CreditorReference() {}

    /**
     * The RF reference for a payload (whitespace removed, upper-cased).
     *
     * @throws IllegalArgumentException if the payload is not 1 to 21 letters {@code A–Z} or digits
     */
    public static String of(String payload) {
        String body = payload == null ? "" : normalize(payload);
        if (body.isEmpty() || body.length() > MAX_PAYLOAD || !isAlphanumeric(body)) {
            throw new IllegalArgumentException(
                    "creditor reference payload must be 1 to 21 letters or digits: " + payload);
        }
        int check = 98 - mod97(body + "RF00");
        return String.format("RF%02d%s", check, body);
    }

    /**
     * The RF reference of a billing account: the account number, unpadded, as payload.
     *
     * @throws IllegalArgumentException if the account number is negative
     */
    public static String forAccount(long accountNumber) {
        if (accountNumber < 0) {
            throw new IllegalArgumentException("negative account number: " + accountNumber);
        }
        return of(Long.toString(accountNumber));
    }

    /** Whether the text, whitespace and case ignored, is a well-formed RF reference. */
    public static boolean isValid(String reference) {
        if (reference == null) {
            return false;
        }
        String ref = normalize(reference);
        return ref.matches("RF[0-9]{2}[A-Z0-9]{1," + MAX_PAYLOAD + "}")
                && mod97(ref.substring(4) + ref.substring(0, 4)) == 1;
    }

    /** The reference without whitespace, upper-cased (null stays null). */
    public static String normalize(String reference) {
        return reference == null ? null : reference.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    /** The reference in groups of four characters from the left, as printed on the bill. */
    public static String format(String reference) {
        String ref = normalize(reference);
        StringBuilder formatted = new StringBuilder(ref.length() + ref.length() / 4);
        for (int i = 0; i < ref.length(); i += 4) {
            if (i > 0) {
                formatted.append(' ');
            }
            formatted.append(ref, i, Math.min(i + 4, ref.length()));
        }
        return formatted.toString();
    }

    private static int mod97(String alphanumeric) {
        StringBuilder digits = new StringBuilder(alphanumeric.length() * 2);
        for (int i = 0; i < alphanumeric.length(); i++) {
            digits.append(Character.digit(alphanumeric.charAt(i), 36));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue();
    }

    private static boolean isAlphanumeric(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }
}
