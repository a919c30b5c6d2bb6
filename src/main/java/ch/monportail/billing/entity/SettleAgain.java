package ch.monportail.billing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A request to settle a child's debited days again (from {@code firstDay} to {@code lastDay}, or
 * every one from {@code firstDay} on), stored with the change that makes it necessary and deleted
 * once the days are settled.
 */
@Entity
@Table(name = "settle_again")
public class SettleAgain {

    private static final int MAX_ERROR = 500;

    @Id
    @SequenceGenerator(
            name = "settle_again_seq",
            sequenceName = "settle_again_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "settle_again_seq")
    private Long id;

    @Column(name = "child_id", nullable = false, updatable = false)
    private long childId;

    @Column(name = "first_day", nullable = false, updatable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", updatable = false)
    private LocalDate lastDay;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    protected SettleAgain() {}

    public SettleAgain(long childId, LocalDate firstDay, LocalDate lastDay, Instant requestedAt) {
        this.childId = childId;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.requestedAt = requestedAt;
    }

    /** An attempt that failed, with its reason (kept for the ADMIN's page). */
    public void failed(String error) {
        attempts++;
        lastError =
                error == null || error.length() <= MAX_ERROR
                        ? error
                        : error.substring(0, MAX_ERROR);
    }

    public Long getId() {
        return id;
    }

    public long getChildId() {
        return childId;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }
}
