package ch.monportail.account.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A password-reset token (DESIGN §2, ASVS V2.5/V3): 256 bits from {@link SecureRandom}, sent only
 * in the e-mail's link (URL-safe Base64, 43 characters); the database keeps only its SHA-256, so a
 * leaked table opens no account. A fast hash is right here: the token is random, not guessable like
 * a password.
 */
public record ResetToken(String token, String hash) {

    static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    public static ResetToken generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new ResetToken(token, hash(token));
    }

    /** The stored form of a token; also for a token typed or pasted from a link. */
    public static String hash(String token) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of()
                    .formatHex(
                            sha256.digest(
                                    (token == null ? "" : token).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Whether a string can be a token at all (cheap check before any query). */
    public static boolean plausible(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{43}");
    }
}
