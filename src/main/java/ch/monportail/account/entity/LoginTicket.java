package ch.monportail.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
 * Proof that a login step is done, for the next one: {@code SECOND_FACTOR} (password right, code
 * expected), {@code ENROL} (password right, second factor to set up), {@code LOGIN} (all done: the
 * identity store accepts it once). Stored hashed, valid {@link #VALIDITY}, single use.
 */
@Entity
@Table(name = "login_ticket")
public class LoginTicket {

    public enum Kind {
        LOGIN,
        SECOND_FACTOR,
        ENROL
    }

    public static final Duration VALIDITY = Duration.ofMinutes(10);

    @Id
    @SequenceGenerator(
            name = "login_ticket_seq",
            sequenceName = "login_ticket_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "login_ticket_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account account;

    @Column(name = "ticket_hash", nullable = false, length = 64, updatable = false)
    private String ticketHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private Kind kind;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Version private long version;

    protected LoginTicket() {}

    public LoginTicket(Account account, String ticketHash, Kind kind, Instant now) {
        this.account = account;
        this.ticketHash = ticketHash;
        this.kind = kind;
        this.createdAt = now;
        this.expiresAt = now.plus(VALIDITY);
    }

    public boolean isUsable(Kind expected, Instant now) {
        return kind == expected && usedAt == null && now.isBefore(expiresAt) && account.isEnabled();
    }

    public void use(Instant now) {
        usedAt = now;
    }

    public Account getAccount() {
        return account;
    }
}
