package ch.monportail.account.control;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The password policy (DESIGN §2, ASVS 5.0 V6.2 / NIST SP 800-63B): at least 10 characters, at most
 * 128, no composition rules, refused when it is one of the 30,000 most common passwords (the list
 * shipped with zxcvbn4j, compared case-insensitively) or the account's own e-mail address. The
 * strength hint (0–4) is zxcvbn's estimate; it informs, it does not refuse.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private static final String COMMON_LIST =
            "/com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";
    private static final Set<String> COMMON = load();
    private static final Zxcvbn ZXCVBN = new Zxcvbn();

    private PasswordPolicy() {}

    /** The i18n key of the first rule the password breaks, or empty when it is acceptable. */
    public static Optional<String> violation(String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            return Optional.of("password.common");
        }
        if (email != null && lower.equals(email.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.isEmail");
        }
        return Optional.empty();
    }

    /** zxcvbn's score, 0 (very weak) to 4 (very strong); 0 for an empty password. */
    public static int strength(String password) {
        if (password == null || password.isEmpty()) {
            return 0;
        }
        String measured =
                password.length() > MAX_LENGTH ? password.substring(0, MAX_LENGTH) : password;
        Strength strength = ZXCVBN.measure(measured);
        return strength.getScore();
    }

    static int commonListSize() {
        return COMMON.size();
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_LIST)) {
            if (in == null) {
                throw new IllegalStateException("common password list missing: " + COMMON_LIST);
            }
            Set<String> words = new HashSet<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .forEach(line -> words.add(line.toLowerCase(Locale.ROOT)));
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
