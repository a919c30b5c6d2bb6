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
 * A requested change of an account's e-mail (the login identifier): it takes effect only when the
 * link sent to the new address is opened, proving that the address works and belongs to the user.
 */
@Entity
@Table(name = "email_change")
public class EmailChange {

    public static final Duration VALIDITY = Duration.ofHours(48);

    @Id
    @SequenceGenerator(
            name = "email_change_seq",
            sequenceName = "email_change_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "email_change_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account account;

    @Column(name = "new_email", nullable = false, length = 254, updatable = false)
    private String newEmail;

    @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Version private long version;

    protected EmailChange() {}

    public EmailChange(Account account, String newEmail, String tokenHash, Instant now) {
        this.account = account;
        this.newEmail = Account.normalizeEmail(newEmail);
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(VALIDITY);
    }

    public boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public void retire(Instant now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }

    public Account getAccount() {
        return account;
    }

    public String getNewEmail() {
        return newEmail;
    }
}
