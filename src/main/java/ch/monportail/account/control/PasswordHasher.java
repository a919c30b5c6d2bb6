package ch.monportail.account.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Password hashing with Argon2id (DESIGN §2: at least 19 MiB and t ≥ 2; OWASP's first recommended
 * setting). Hashes are stored in the PHC string format {@code
 * $argon2id$v=19$m=19456,t=2,p=1$salt$hash}, so the parameters travel with each hash and a hash
 * made under an older, weaker policy is recognised ({@link #needsRehash}) and upgraded at the next
 * login. BouncyCastle's implementation is used rather than a hand-written one.
 */
public final class PasswordHasher {

    /** The policy of this build: memory in KiB, iterations, parallelism. */
    public record Policy(int memoryKib, int iterations, int parallelism) {
        public static final Policy CURRENT = new Policy(19 * 1024, 2, 1);
    }

    private static final Pattern PHC =
            Pattern.compile(
                    "\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    /**
     * Each hash takes {@code memoryKib} of heap: at most this many run at once, so a burst of
     * logins cannot exhaust the server's memory (4 × 19 MiB); the others wait their turn.
     */
    static final int CONCURRENT_HASHES = 4;

    private final Policy policy;
    private final SecureRandom random = new SecureRandom();
    private final Semaphore permits = new Semaphore(CONCURRENT_HASHES, true);
    private final AtomicLong hashes = new AtomicLong();

    /**
     * A syntactically valid hash of a random password, verified against when an e-mail is unknown
     * so that the response costs the same time as for a known one.
     */
    private final String decoy;

    public PasswordHasher() {
        this(Policy.CURRENT);
    }

    public PasswordHasher(Policy policy) {
        this.policy = policy;
        byte[] randomPassword = new byte[24];
        random.nextBytes(randomPassword);
        this.decoy = hash(B64.encodeToString(randomPassword).toCharArray());
    }

    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = argon2(password, salt, policy, HASH_BYTES);
        return String.format(
                "$argon2id$v=19$m=%d,t=%d,p=%d$%s$%s",
                policy.memoryKib(),
                policy.iterations(),
                policy.parallelism(),
                B64.encodeToString(salt),
                B64.encodeToString(hash));
    }

    /** Whether the password matches the stored hash; false for a malformed or null hash. */
    public boolean verify(char[] password, String storedHash) {
        Optional<Parsed> parsed = parse(storedHash);
        if (parsed.isEmpty()) {
            return false;
        }
        Parsed p = parsed.get();
        byte[] actual = argon2(password, p.salt(), p.policy(), p.hash().length);
        return MessageDigest.isEqual(actual, p.hash());
    }

    /** Spends the time of one verification, for an unknown e-mail. Always false. */
    public boolean verifyDecoy(char[] password) {
        verify(password, decoy);
        return false;
    }

    /** Whether the hash was made with parameters weaker than the current policy. */
    public boolean needsRehash(String storedHash) {
        return parse(storedHash)
                .map(
                        p ->
                                p.policy().memoryKib() < policy.memoryKib()
                                        || p.policy().iterations() < policy.iterations()
                                        || p.hash().length < HASH_BYTES)
                .orElse(true);
    }

    private record Parsed(Policy policy, byte[] salt, byte[] hash) {}

    private static Optional<Parsed> parse(String storedHash) {
        if (storedHash == null) {
            return Optional.empty();
        }
        Matcher m = PHC.matcher(storedHash);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            Policy p =
                    new Policy(
                            Integer.parseInt(m.group(1)),
                            Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)));
            return Optional.of(new Parsed(p, B64D.decode(m.group(4)), B64D.decode(m.group(5))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** How many hashes this hasher has computed (tests check that throttling spares the hasher). */
    public long hashesComputed() {
        return hashes.get();
    }

    private byte[] argon2(char[] password, byte[] salt, Policy policy, int length) {
        permits.acquireUninterruptibly();
        try {
            hashes.incrementAndGet();
            return argon2Unbounded(password, salt, policy, length);
        } finally {
            permits.release();
        }
    }

    private static byte[] argon2Unbounded(char[] password, byte[] salt, Policy policy, int length) {
        Argon2Parameters parameters =
                new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                        .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                        .withMemoryAsKB(policy.memoryKib())
                        .withIterations(policy.iterations())
                        .withParallelism(policy.parallelism())
                        .withSalt(salt)
                        .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        generator.generateBytes(toUtf8(password), out);
        return out;
    }

    private static byte[] toUtf8(char[] password) {
        return new String(password).getBytes(StandardCharsets.UTF_8);
    }
}
