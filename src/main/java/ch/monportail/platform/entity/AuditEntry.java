package ch.monportail.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of the audit log: who (account id and a readable label, e.g. the e-mail typed at a
 * failed login), what ({@link #getAction() action} and detail), when, from which client address.
 * Immutable: no setters, and the service never updates or deletes a line.
 */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

    @Id
    @SequenceGenerator(name = "audit_log_seq", sequenceName = "audit_log_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_log_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "actor_label", length = 254, updatable = false)
    private String actorLabel;

    @Column(nullable = false, length = 60, updatable = false)
    private String action;

    @Column(length = 2000, updatable = false)
    private String detail;

    @Column(name = "client_address", length = 64, updatable = false)
    private String clientAddress;

    protected AuditEntry() {}

    public AuditEntry(
            Instant occurredAt,
            Long actorId,
            String actorLabel,
            String action,
            String detail,
            String clientAddress) {
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actorLabel = truncate(actorLabel, 254);
        this.action = action;
        this.detail = truncate(detail, 2000);
        this.clientAddress = truncate(clientAddress, 64);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorLabel() {
        return actorLabel;
    }

    public String getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }

    public String getClientAddress() {
        return clientAddress;
    }
}
