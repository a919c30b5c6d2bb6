package ch.monportail.account.control;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Ten single-use recovery codes, shown once at enrolment, for a lost phone: 12 characters of an
 * unambiguous alphabet (about 60 bits each), written {@code xxxx-xxxx-xxxx}; stored only as their
 * SHA-256 ({@link ResetToken#hash}). Typed codes are compared without case, spaces or dashes.
 */
public final class RecoveryCodes {

    public static final int COUNT = 10;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {}

    public static List<String> generate() {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 12; c++) {
                if (c > 0 && c % 4 == 0) {
                    code.append('-');
                }
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            codes.add(code.toString());
        }
        return codes;
    }

    public static String normalize(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    public static String hash(String code) {
        return ResetToken.hash(normalize(code));
    }

    /** Whether the typed text has the shape of a recovery code (not of a 6-digit TOTP code). */
    public static boolean looksLikeOne(String typed) {
        return normalize(typed).matches("[a-z2-9]{12}");
    }
}
