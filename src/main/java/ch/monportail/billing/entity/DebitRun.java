package ch.monportail.billing.entity;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One run of the daily debits over a range of days, by the nightly timer or by the ADMIN, with its
 * progress and its report (days, children, debits, reversals, amount, anomalies).
 */
@Entity
@Table(name = "debit_run")
public class DebitRun implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public enum How {
        TIMER,
        MANUAL
    }

    public enum Status {
        RUNNING,
        DONE,
        FAILED
    }

    static final int MAX_ANOMALIES = 4000;

    @Id
    @SequenceGenerator(name = "debit_run_seq", sequenceName = "debit_run_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "debit_run_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "started_how", nullable = false)
    private How how;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "started_by")
    private Long startedBy;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.RUNNING;

    @Column(name = "days_done", nullable = false)
    private int daysDone;

    @Column(nullable = false)
    private int children;

    @Column(nullable = false)
    private int debits;

    @Column(nullable = false)
    private int reversals;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal amount = new BigDecimal("0.00");

    @Column(name = "anomalies")
    private String anomalies;

    /** The last sign of life: opened, or a day settled. */
    @Column(name = "heartbeat_at", nullable = false)
    private Instant heartbeatAt;

    /** The server instance running it (its name in the domain: "server", or the instance's). */
    @Column(nullable = false, length = 100)
    private String runner;

    @Version private long version;

    protected DebitRun() {}

    public DebitRun(
            How how, LocalDate firstDay, LocalDate lastDay, Instant at, Long by, String runner) {
        this.how = how;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.startedAt = at;
        this.startedBy = by;
        this.heartbeatAt = at;
        this.runner = runner;
    }

    /** Adds one settled day's figures (a sign of life). */
    public void dayDone(
            int dayChildren, int dayDebits, int dayReversals, BigDecimal dayAmount, Instant at) {
        heartbeatAt = at;
        daysDone++;
        children = Math.max(children, dayChildren);
        debits += dayDebits;
        reversals += dayReversals;
        amount = amount.add(dayAmount);
    }

    /**
     * Adds an anomaly to the report: its kind ({@code billing.anomaly.<kind>} in the bundles) and
     * the texts that fill the message, stored as one tab-separated line.
     */
    private static final String MORE = "more";

    public void anomaly(String kind, String... arguments) {
        StringBuilder line = new StringBuilder(kind);
        for (String a : arguments) {
            line.append('\t').append(a.replace('\t', ' ').replace('\n', ' '));
        }
        String all = anomalies == null ? line.toString() : anomalies + "\n" + line;
        if (all.length() <= MAX_ANOMALIES - MORE.length() - 1) {
            anomalies = all;
        } else if (anomalies != null && !anomalies.endsWith(MORE)) {
            // whole lines only: the report says there were more
            anomalies = anomalies + "\n" + MORE;
        }
    }

    /** The anomalies, each as its kind followed by its arguments. */
    public java.util.List<java.util.List<String>> getAnomalyLines() {
        if (anomalies == null || anomalies.isBlank()) {
            return java.util.List.of();
        }
        return anomalies.lines().map(l -> java.util.List.of(l.split("\t", -1))).toList();
    }

    /** Debits and reversals booked per second of the run (0 while running or when empty). */
    public long getBookingsPerSecond() {
        if (finishedAt == null || startedAt == null) {
            return 0;
        }
        long millis = Math.max(1, java.time.Duration.between(startedAt, finishedAt).toMillis());
        return Math.round((debits + reversals) * 1000.0 / millis);
    }

    /** How long the run took, in seconds (rounded to a tenth), or null while running. */
    public BigDecimal getSeconds() {
        if (finishedAt == null || startedAt == null) {
            return null;
        }
        return BigDecimal.valueOf(java.time.Duration.between(startedAt, finishedAt).toMillis())
                .movePointLeft(3)
                .setScale(1, java.math.RoundingMode.HALF_UP);
    }

    /** Ends a running run; a run already closed (declared interrupted meanwhile) stays as it is. */
    public void finish(Instant at, boolean failed) {
        if (status != Status.RUNNING) {
            return;
        }
        finishedAt = at;
        status = failed ? Status.FAILED : Status.DONE;
    }

    /**
     * Whether the run was interrupted, as seen at {@code now} by the instance {@code instance}
     * running since {@code instanceStarted}: still running, and either started by that instance
     * before its (re)start, or silent for longer than {@code quiet} (run by an instance that has
     * not come back).
     */
    public boolean isInterrupted(
            Instant now, String instance, Instant instanceStarted, java.time.Duration quiet) {
        return status == Status.RUNNING
                && ((runner.equals(instance) && startedAt.isBefore(instanceStarted))
                        || heartbeatAt.plus(quiet).isBefore(now));
    }

    /** Closes an interrupted run: failed, the days it settled kept, the reason in its report. */
    public void interrupted(Instant at) {
        anomaly("interrupted", String.valueOf(daysDone), String.valueOf(getTotalDays()));
        finish(at, true);
    }

    public int getTotalDays() {
        return (int) (lastDay.toEpochDay() - firstDay.toEpochDay()) + 1;
    }

    /** 0–100. */
    public int getProgress() {
        return status == Status.RUNNING ? daysDone * 100 / getTotalDays() : 100;
    }

    public Long getId() {
        return id;
    }

    public How getHow() {
        return how;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Long getStartedBy() {
        return startedBy;
    }

    public Instant getHeartbeatAt() {
        return heartbeatAt;
    }

    public String getRunner() {
        return runner;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Status getStatus() {
        return status;
    }

    public int getDaysDone() {
        return daysDone;
    }

    /** The most children billed on one day of the run. */
    public int getChildren() {
        return children;
    }

    public int getDebits() {
        return debits;
    }

    public int getReversals() {
        return reversals;
    }

    /** The amount debited (positive) net of reversals. */
    public BigDecimal getAmount() {
        return amount;
    }

    public String getAnomalies() {
        return anomalies;
    }
}
