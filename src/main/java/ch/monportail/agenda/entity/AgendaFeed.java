package ch.monportail.agenda.entity;

import ch.monportail.account.entity.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A parent's private calendar feed (issue 6, item 6): the address a phone calendar subscribes to,
 * with the agenda of the parent's children. The address carries a random token; only its SHA-256 is
 * kept, so a copy of the table opens no feed (the same reasoning as the password-reset token). One
 * feed per account: asking for a new address replaces the hash ({@link #renew}), so the old address
 * stops answering at once; revoking deletes the row.
 */
@Entity
@Table(name = "agenda_feed")
public class AgendaFeed {

    @Id
    @SequenceGenerator(
            name = "agenda_feed_seq",
            sequenceName = "agenda_feed_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agenda_feed_seq")
    private Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "account_id", updatable = false)
    private Account account;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /**
     * Written by a bulk update when a calendar reads the feed (no version bump, see AgendaFeeds).
     */
    @Column(name = "last_read_at")
    private Instant lastReadAt;

    @Version private long version;

    protected AgendaFeed() {}

    public AgendaFeed(Account account, String tokenHash, Instant createdAt) {
        this.account = Objects.requireNonNull(account, "account");
        this.tokenHash = requireHash(tokenHash);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A new address: the old token stops working, and nobody has read the new one yet. */
    public void renew(String tokenHash, Instant at) {
        this.tokenHash = requireHash(tokenHash);
        this.createdAt = Objects.requireNonNull(at, "at");
        this.lastReadAt = null;
    }

    private static String requireHash(String hash) {
        if (hash == null || !hash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("tokenHash must be a hex SHA-256");
        }
        return hash;
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastReadAt() {
        return lastReadAt;
    }

    public long getVersion() {
        return version;
    }
}
