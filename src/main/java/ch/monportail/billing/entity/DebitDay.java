package ch.monportail.billing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A day whose services have been debited; the nightly run catches up from the last one. */
@Entity
@Table(name = "debit_day")
public class DebitDay {

    @Id
    @Column(name = "service_on")
    private LocalDate day;

    @Column(name = "settled_at", nullable = false)
    private Instant settledAt;

    @Column(name = "run_id")
    private Long runId;

    protected DebitDay() {}

    public DebitDay(LocalDate day, Instant settledAt, Long runId) {
        this.day = day;
        this.settledAt = settledAt;
        this.runId = runId;
    }

    public LocalDate getDay() {
        return day;
    }

    public Instant getSettledAt() {
        return settledAt;
    }
}
