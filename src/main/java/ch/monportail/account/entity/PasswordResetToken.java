package ch.monportail.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * A password-reset token as stored: its SHA-256 only, valid {@link #VALIDITY}, usable once. A newer
 * request for the same account retires the older tokens.
 */
@Entity
@Table(name = "password_reset_token")
public class PasswordResetToken {

    public static final Duration VALIDITY = Duration.ofMinutes(30);

    @Id
    @SequenceGenerator(
            name = "password_reset_token_seq",
            sequenceName = "password_reset_token_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "password_reset_token_seq")
    private Long id;

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

    @Column(name = "client_address", length = 64, updatable = false)
    private String clientAddress;

    @Version private long version;

    protected PasswordResetToken() {}

    public PasswordResetToken(
            Account account, String tokenHash, Instant now, String clientAddress) {
        this.account = account;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(VALIDITY);
        this.clientAddress =
                clientAddress == null || clientAddress.length() <= 64
                        ? clientAddress
                        : clientAddress.substring(0, 64);
    }

    public boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt) && account.isEnabled();
    }

    /** Used, or retired by a newer request or by a successful reset. */
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
