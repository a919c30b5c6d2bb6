package ch.monportail.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A password-reset token as stored: its SHA-256 only, valid {@link #VALIDITY}, usable once. A newer
 * request for the same account retires the older tokens.
 */
@Entity
@Table(name = "password_reset_token")
public class PasswordResetToken extends AccountToken {

    public static final Duration VALIDITY = Duration.ofMinutes(30);

    @Id
    @SequenceGenerator(
            name = "password_reset_token_seq",
            sequenceName = "password_reset_token_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "password_reset_token_seq")
    private Long id;

    @Column(name = "client_address", length = 64, updatable = false)
    private String clientAddress;

    protected PasswordResetToken() {}

    public PasswordResetToken(
            Account account, String tokenHash, Instant now, String clientAddress) {
        super(account, tokenHash, now, VALIDITY);
        this.clientAddress =
                clientAddress == null || clientAddress.length() <= 64
                        ? clientAddress
                        : clientAddress.substring(0, 64);
    }
}
