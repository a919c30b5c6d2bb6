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
 * A requested change of an account's e-mail (the login identifier): it takes effect only when the
 * link sent to the new address is opened, proving that the address works and belongs to the user.
 */
@Entity
@Table(name = "email_change")
public class EmailChange extends AccountToken {

    public static final Duration VALIDITY = Duration.ofHours(48);

    @Id
    @SequenceGenerator(
            name = "email_change_seq",
            sequenceName = "email_change_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "email_change_seq")
    private Long id;

    @Column(name = "new_email", nullable = false, length = 254, updatable = false)
    private String newEmail;

    protected EmailChange() {}

    public EmailChange(Account account, String newEmail, String tokenHash, Instant now) {
        super(account, tokenHash, now, VALIDITY);
        this.newEmail = Account.normalizeEmail(newEmail);
    }

    public String getNewEmail() {
        return newEmail;
    }
}
