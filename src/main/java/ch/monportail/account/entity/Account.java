package ch.monportail.account.entity;

import ch.monportail.account.control.LoginThrottle;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A login of the portal: a legal representative ({@link Role#PARENT}) or a member of staff. The
 * e-mail is the identifier; an account without a password hash cannot log in.
 */
@Entity
@Table(name = "account")
public class Account {

    public static final Set<String> LANGUAGES = Set.of("fr", "de", "en");

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "first_name", nullable = false, length = 100)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = 100)
    private String lastName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @Column(nullable = false, length = 2)
    private String language = "fr";

    @Column(name = "password_hash", length = 255)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "last_failed_at")
    private Instant lastFailedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "blocked_until")
    private Instant blockedUntil;

    @Column(name = "security_stamp", nullable = false)
    private int securityStamp;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @Column(name = "totp_secret", length = 64)
    private String totpSecret;

    @Column(name = "totp_enabled_at")
    private Instant totpEnabledAt;

    @Column(name = "totp_last_step")
    private Long totpLastStep;

    @Version private long version;

    protected Account() {}

    public Account(
            String email,
            String firstName,
            String lastName,
            Role role,
            String language,
            Instant createdAt) {
        this.email = normalizeEmail(email);
        this.firstName = requireText(firstName, "firstName");
        this.lastName = requireText(lastName, "lastName");
        this.role = Objects.requireNonNull(role, "role");
        changeLanguage(language);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /**
     * The form in which an e-mail is stored and compared: trimmed, lower-cased (ROOT locale, so a
     * Turkish "I" does not change it). Throws for a blank or obviously malformed address.
     */
    public static String normalizeEmail(String email) {
        String normalized = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        int at = normalized.indexOf('@');
        if (at < 1
                || at != normalized.lastIndexOf('@')
                || at == normalized.length() - 1
                || normalized.length() > 254
                || normalized.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("not an e-mail address");
        }
        return normalized;
    }

    /** Like {@link #normalizeEmail} but empty for input that is not an e-mail address. */
    public static Optional<String> tryNormalizeEmail(String email) {
        try {
            return Optional.of(normalizeEmail(email));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value.strip();
    }

    /** A corrected name (the service's family page). */
    public void rename(String newFirstName, String newLastName) {
        String first = requireText(newFirstName, "firstName");
        String last = requireText(newLastName, "lastName");
        this.firstName = first;
        this.lastName = last;
    }

    /** A confirmed new e-mail address (the link sent to it was opened). */
    public void changeEmail(String newEmail) {
        this.email = normalizeEmail(newEmail);
    }

    public boolean canLogIn() {
        return enabled && passwordHash != null;
    }

    public void changeLanguage(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("unsupported language " + language);
        }
        this.language = language;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = Objects.requireNonNull(passwordHash);
    }

    /**
     * A new password chosen by its owner: the security stamp changes, which ends every session
     * opened before, and a block from failed logins is lifted.
     */
    public void passwordChanged(String newHash, Instant at) {
        setPasswordHash(newHash);
        passwordChangedAt = at;
        securityStamp++;
        unblock();
    }

    public LoginThrottle.State throttleState() {
        return new LoginThrottle.State(failedLogins, lastFailedAt, blockedUntil);
    }

    public void throttled(LoginThrottle.State state) {
        failedLogins = state.failures();
        lastFailedAt = state.lastFailedAt();
        blockedUntil = state.blockedUntil();
    }

    public boolean isBlocked(Instant now) {
        return blockedUntil != null && now.isBefore(blockedUntil);
    }

    /** ADMIN lifts a block from failed logins. */
    public void unblock() {
        failedLogins = 0;
        blockedUntil = null;
    }

    public void enable() {
        enabled = true;
    }

    public boolean hasSecondFactor() {
        return totpEnabledAt != null && totpSecret != null;
    }

    /** Staff must use a second factor (DESIGN §2); parents may opt in. */
    public boolean mustUseSecondFactor() {
        return role != Role.PARENT;
    }

    public void enableSecondFactor(String secret, long acceptedStep, Instant at) {
        totpSecret = Objects.requireNonNull(secret);
        totpEnabledAt = at;
        totpLastStep = acceptedStep;
    }

    public void disableSecondFactor() {
        totpSecret = null;
        totpEnabledAt = null;
        totpLastStep = null;
    }

    /** Records the step of an accepted code, so that it cannot be used again. */
    public void secondFactorUsed(long step) {
        totpLastStep = step;
    }

    public String getTotpSecret() {
        return totpSecret;
    }

    public Long getTotpLastStep() {
        return totpLastStep;
    }

    public Instant getTotpEnabledAt() {
        return totpEnabledAt;
    }

    public void loginSucceeded(Instant at) {
        lastLoginAt = at;
        failedLogins = 0;
        blockedUntil = null;
    }

    public void loginFailed(Instant at) {
        lastFailedAt = at;
        failedLogins++;
    }

    public void disable() {
        enabled = false;
    }

    /** The optimistic-lock version (a login changes it too). */
    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getDisplayName() {
        return firstName + " " + lastName;
    }

    public Role getRole() {
        return role;
    }

    public String getLanguage() {
        return language;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Instant getLastFailedAt() {
        return lastFailedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getBlockedUntil() {
        return blockedUntil;
    }

    public int getSecurityStamp() {
        return securityStamp;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }
}
