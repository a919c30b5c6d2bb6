package ch.monportail.billing.control;

/**
 * The Swiss QR reference (Swiss Implementation Guidelines for the QR-bill, §3.3; the former ESR/BVR
 * reference): exactly 27 digits, the last one a check digit computed over the first 26 with the
 * recursive modulo-10 algorithm (carry table {@code 0 9 4 6 8 2 7 1 3 5}: for each digit {@code
 * carry = TABLE[(carry + digit) % 10]}, check digit {@code (10 - carry) % 10}). A QR reference may
 * only be used with a QR-IBAN (institution id 30000–31999), see {@link QrBillPdf#validateAccount}.
 * The all-zero reference is refused, as the QR-bill library (and the banks' validators) do.
 *
 * <p>MonPortail builds the reference from the billing account number alone: the 26-digit payload is
 * the account number left-padded with zeros, so a payment read from a camt.054 statement points
 * straight back to the account ({@code 100001 → 00000000000000000000100001} + check digit). On
 * paper the reference is printed in groups of five digits counted from the right ({@code 21 00000
 * 00003 13947 14300 09017}); whitespace is ignored when a reference is read back.
 */
public final class QrReference {

    /** Length of a QR reference, check digit included. */
    public static final int LENGTH = 27;

    private static final int[] CARRY = {0, 9, 4, 6, 8, 2, 7, 1, 3, 5};

    private QrReference() {}

    /**
     * The recursive modulo-10 check digit of a string of digits.
     *
     * @throws IllegalArgumentException if {@code digits} is null, empty or not only ASCII digits
     */
    public static int checkDigit(String digits) {
        if (digits == null || digits.isEmpty() || !isDigits(digits)) {
            throw new IllegalArgumentException("digits expected: " + digits);
        }
        int carry = 0;
        for (int i = 0; i < digits.length(); i++) {
            carry = CARRY[(carry + digits.charAt(i) - '0') % 10];
        }
        return (10 - carry) % 10;
    }

    /**
     * The QR reference of a billing account: the account number left-padded with zeros to 26
     * digits, followed by the check digit.
     *
     * @throws IllegalArgumentException if the account number is not positive (0 would give the
     *     refused all-zero reference)
     */
    public static String forAccount(long accountNumber) {
        if (accountNumber <= 0) {
            throw new IllegalArgumentException("account number not positive: " + accountNumber);
        }
        String payload = String.format("%0" + (LENGTH - 1) + "d", accountNumber);
        return payload + checkDigit(payload);
    }

    /**
     * Whether the text, whitespace ignored, is 27 digits whose last one is the right check digit.
     */
    public static boolean isValid(String reference) {
        if (reference == null) {
            return false;
        }
        String digits = normalize(reference);
        return digits.length() == LENGTH
                && isDigits(digits)
                && !digits.equals("0".repeat(LENGTH))
                && checkDigit(digits.substring(0, LENGTH - 1)) == digits.charAt(LENGTH - 1) - '0';
    }

    /** The reference without whitespace (null stays null). */
    public static String normalize(String reference) {
        return reference == null ? null : reference.replaceAll("\\s+", "");
    }

    /** The reference in groups of five digits counted from the right, as printed on the bill. */
    public static String format(String reference) {
        String digits = normalize(reference);
        StringBuilder formatted = new StringBuilder(digits.length() + digits.length() / 5);
        int head = digits.length() % 5;
        formatted.append(digits, 0, head);
        for (int i = head; i < digits.length(); i += 5) {
            if (!formatted.isEmpty()) {
                formatted.append(' ');
            }
            formatted.append(digits, i, i + 5);
        }
        return formatted.toString();
    }

    private static boolean isDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
