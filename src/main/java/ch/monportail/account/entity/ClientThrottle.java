package ch.monportail.account.entity;

import ch.monportail.account.control.LoginThrottle;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Failed logins from one client address, whatever the accounts tried ({@link
 * LoginThrottle#CLIENT}).
 */
@Entity
@Table(name = "client_throttle")
public class ClientThrottle {

    @Id
    @Column(name = "client_address", length = 64)
    private String clientAddress;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failed_at")
    private Instant lastFailedAt;

    @Column(name = "blocked_until")
    private Instant blockedUntil;

    @Version private long version;

    protected ClientThrottle() {}

    public ClientThrottle(String clientAddress) {
        this.clientAddress = clientAddress;
    }

    public LoginThrottle.State state() {
        return new LoginThrottle.State(failures, lastFailedAt, blockedUntil);
    }

    public void apply(LoginThrottle.State state) {
        failures = state.failures();
        lastFailedAt = state.lastFailedAt();
        blockedUntil = state.blockedUntil();
    }

    public void reset() {
        failures = 0;
        blockedUntil = null;
    }

    public String getClientAddress() {
        return clientAddress;
    }
}
