package ch.monportail.account.control;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP): HMAC-SHA1, 30-second steps, 6
 * digits, accepted one step before and after the server's (clock drift), and never twice: a code
 * must belong to a later step than the last one accepted (replay). What every authenticator app
 * (FreeOTP, Google/Microsoft Authenticator, Aegis) speaks.
 */
public final class Totp {

    public static final int DIGITS = 6;
    public static final long STEP_SECONDS = 30;
    static final int SECRET_BYTES = 20;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base32 BASE32 = new Base32();

    private Totp() {}

    /** A new 160-bit secret, Base32 without padding (as authenticator apps expect it). */
    public static String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return BASE32.encodeToString(secret).replace("=", "");
    }

    public static long step(Instant now) {
        return Math.floorDiv(now.getEpochSecond(), STEP_SECONDS);
    }

    /** The code of a step, with {@code digits} digits (6 in the portal; 8 for RFC test vectors). */
    public static String code(byte[] key, long step, int digits) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary =
                    ((hash[offset] & 0x7f) << 24)
                            | ((hash[offset + 1] & 0xff) << 16)
                            | ((hash[offset + 2] & 0xff) << 8)
                            | (hash[offset + 3] & 0xff);
            int modulo = (int) Math.pow(10, digits);
            return String.format("%0" + digits + "d", binary % modulo);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every JDK", e);
        }
    }

    public static String code(String base32Secret, long step) {
        return code(BASE32.decode(base32Secret), step, DIGITS);
    }

    /**
     * The step the code belongs to, if it is the code of the current step or of one step before or
     * after, and later than {@code lastUsedStep} (null: none used yet); empty otherwise.
     */
    public static OptionalLong verify(
            String base32Secret, String code, Instant now, Long lastUsedStep) {
        if (base32Secret == null || code == null) {
            return OptionalLong.empty();
        }
        String digits = code.replaceAll("\\s", "");
        if (!digits.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = step(now);
        for (long step = current - 1; step <= current + 1; step++) {
            if (lastUsedStep != null && step <= lastUsedStep) {
                continue;
            }
            if (java.security.MessageDigest.isEqual(
                    code(base32Secret, step).getBytes(StandardCharsets.US_ASCII),
                    digits.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The {@code otpauth://} URI an authenticator app reads from the QR code. */
    public static String uri(String issuer, String accountEmail, String base32Secret) {
        String label = enc(issuer) + ":" + enc(accountEmail);
        return "otpauth://totp/"
                + label
                + "?secret="
                + base32Secret
                + "&issuer="
                + enc(issuer)
                + "&algorithm=SHA1&digits="
                + DIGITS
                + "&period="
                + STEP_SECONDS;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
