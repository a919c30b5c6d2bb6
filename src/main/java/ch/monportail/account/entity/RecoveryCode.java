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
import java.time.Instant;

/** One recovery code of an account's second factor, stored as its SHA-256, usable once. */
@Entity
@Table(name = "recovery_code")
public class RecoveryCode {

    @Id
    @SequenceGenerator(
            name = "recovery_code_seq",
            sequenceName = "recovery_code_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recovery_code_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account account;

    @Column(name = "code_hash", nullable = false, length = 64, updatable = false)
    private String codeHash;

    @Column(name = "used_at")
    private Instant usedAt;

    protected RecoveryCode() {}

    public RecoveryCode(Account account, String codeHash) {
        this.account = account;
        this.codeHash = codeHash;
    }

    public void use(Instant at) {
        usedAt = at;
    }

    public boolean isUnused() {
        return usedAt == null;
    }
}
