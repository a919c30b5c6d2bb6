package ch.monportail.platform.entity;

import ch.monportail.platform.control.Mail;
import ch.monportail.platform.control.RetryBackoff;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An e-mail in the outbox. Life cycle: {@code PENDING} → {@code SENT}, or after {@link
 * RetryBackoff#MAX_ATTEMPTS} failed attempts {@code FAILED} (the ADMIN can send it again, which
 * makes it {@code PENDING}).
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    public enum Status {
        PENDING,
        SENT,
        FAILED
    }

    @Id
    @SequenceGenerator(
            name = "outbox_message_seq",
            sequenceName = "outbox_message_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_message_seq")
    private Long id;

    @Column(nullable = false, length = 40, updatable = false)
    private String kind;

    @Column(nullable = false, length = 254, updatable = false)
    private String recipient;

    @Column(nullable = false, length = 300, updatable = false)
    private String subject;

    @Column(name = "body_text", nullable = false, length = 20000, updatable = false)
    private String bodyText;

    @Column(name = "body_html", nullable = false, length = 40000, updatable = false)
    private String bodyHtml;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status = Status.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Version private long version;

    protected OutboxMessage() {}

    public OutboxMessage(Mail mail, Instant now) {
        this.kind = mail.kind();
        this.recipient = mail.recipient();
        this.subject = mail.subject();
        this.bodyText = mail.text();
        this.bodyHtml = mail.html();
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public boolean isDue(Instant now) {
        return status == Status.PENDING && !nextAttemptAt.isAfter(now);
    }

    public void sent(Instant now) {
        status = Status.SENT;
        sentAt = now;
        attempts++;
        lastError = null;
    }

    public void failed(Instant now, String error) {
        attempts++;
        lastError =
                error == null
                        ? "unknown error"
                        : error.substring(0, Math.min(error.length(), 1000));
        if (RetryBackoff.givesUp(attempts)) {
            status = Status.FAILED;
        } else {
            nextAttemptAt = now.plus(RetryBackoff.delayAfter(attempts));
        }
    }

    /** The ADMIN sends a failed (or pending) message again, now. */
    public void retryNow(Instant now) {
        if (status != Status.SENT) {
            status = Status.PENDING;
            nextAttemptAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBodyText() {
        return bodyText;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
