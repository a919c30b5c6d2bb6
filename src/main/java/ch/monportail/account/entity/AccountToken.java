package ch.monportail.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * What the account's one-time links and tickets share (password reset, login steps, e-mail change):
 * the account, the SHA-256 of the secret token (the token itself is only with the user), a
 * validity, single use. A newer token of the same purpose retires the older ones.
 */
@MappedSuperclass
public abstract class AccountToken {

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account account;

    @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Version private long version;

    protected AccountToken() {}

    protected AccountToken(Account account, String tokenHash, Instant now, Duration validity) {
        this.account = account;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(validity);
    }

    /** Unused, not expired, and the account still enabled. */
    public boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt) && account.isEnabled();
    }

    /** Used, or retired by a newer token or a completed action. */
    public void retire(Instant now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }

    public Account getAccount() {
        return account;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
