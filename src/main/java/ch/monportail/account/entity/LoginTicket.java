package ch.monportail.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * Proof that a login step is done, for the next one: {@code SECOND_FACTOR} (password right, code
 * expected), {@code ENROL} (password right, second factor to set up), {@code LOGIN} (all done: the
 * identity store accepts it once). Stored hashed, valid {@link #VALIDITY}, single use.
 */
@Entity
@Table(name = "login_ticket")
public class LoginTicket extends AccountToken {

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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private Kind kind;

    protected LoginTicket() {}

    public LoginTicket(Account account, String ticketHash, Kind kind, Instant now) {
        super(account, ticketHash, now, VALIDITY);
        this.kind = kind;
    }

    public boolean isUsable(Kind expected, Instant now) {
        return kind == expected && isUsable(now);
    }
}
