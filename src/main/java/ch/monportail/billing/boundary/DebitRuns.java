package ch.monportail.billing.boundary;

import ch.monportail.account.entity.Role;
import ch.monportail.billing.entity.DebitRun;
import ch.monportail.contract.entity.ContractStatus;
import ch.monportail.family.boundary.FamilyAccess;
import ch.monportail.platform.boundary.AuditLog;
import ch.monportail.platform.boundary.Clocks;
import ch.monportail.platform.control.NotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The daily debit runs (DESIGN §7): the nightly catch-up (every day since the last settled one up
 * to yesterday) and the ADMIN's run over a range of days, in the background with its progress and
 * its report. A run over days already settled books only what is missing or no longer due.
 */
@Stateless
public class DebitRuns {

    /**
     * How long a run may stay silent (no day settled) before it counts as interrupted: a day takes
     * seconds, even for a large commune.
     */
    static final java.time.Duration QUIET = java.time.Duration.ofMinutes(15);

    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(DebitRuns.class.getName());

    /** The longest range the ADMIN may run at once (a school year and a bit). */
    static final int MAX_DAYS = 400;

    @PersistenceContext private EntityManager em;

    @Inject private DebitWorker worker;

    @Inject private SettleAgainQueue settleAgain;

    @Inject private Clock clock;

    @Inject private FamilyAccess access;

    @Inject private AuditLog audit;

    @jakarta.annotation.Resource private jakarta.ejb.SessionContext context;

    /** Through the container: its own transaction (the nightly catch-up runs without one). */
    private DebitRuns self() {
        return context.getBusinessObject(DebitRuns.class);
    }

    /** Starts a run in the background; the page follows it with {@link #run}. */
    @RolesAllowed(Role.ADMIN_NAME)
    public long start(LocalDate from, LocalDate to) {
        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidBillingException("billing.run.invalid.range");
        }
        if (to.isAfter(yesterday)) {
            throw new InvalidBillingException("billing.run.invalid.future");
        }
        if (to.toEpochDay() - from.toEpochDay() >= MAX_DAYS) {
            throw new InvalidBillingException("billing.run.invalid.long", MAX_DAYS);
        }
        closeInterruptedQuietly();
        long id = worker.open(DebitRun.How.MANUAL, from, to, access.callerId());
        audit.record(
                access.callerId(),
                access.caller().getEmail(),
                "BILLING_RUN_STARTED",
                from + "–" + to + " (run " + id + ")",
                null);
        worker.executeInBackground(id);
        return id;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public DebitRun run(long debitRunId) {
        DebitRun run = em.find(DebitRun.class, debitRunId);
        if (run == null) {
            throw new NotFoundException();
        }
        em.refresh(run);
        return run;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public List<DebitRun> latest(int max) {
        return em.createQuery(
                        "select r from DebitRun r order by r.startedAt desc, r.id desc",
                        DebitRun.class)
                .setMaxResults(max)
                .getResultList();
    }

    /** The last day whose services were debited. */
    @RolesAllowed(Role.ADMIN_NAME)
    public Optional<LocalDate> lastSettledDay() {
        return lastSettled();
    }

    /** The changes to debited days not settled again yet (settled by the next nightly run). */
    @RolesAllowed(Role.ADMIN_NAME)
    public long waitingToSettleAgain() {
        return settleAgain.waiting();
    }

    private Optional<LocalDate> lastSettled() {
        return Optional.ofNullable(
                em.createQuery("select max(d.day) from DebitDay d", LocalDate.class)
                        .getSingleResult());
    }

    /**
     * {@link #closeInterrupted} before a run: a failure (another instance closing the same run at
     * the same moment) is logged and does not stop the run.
     */
    void closeInterruptedQuietly() {
        try {
            self().closeInterrupted();
        } catch (RuntimeException e) {
            LOG.log(
                    java.util.logging.Level.WARNING,
                    "Interrupted debit runs not closed now (closed at the next run)",
                    e);
        }
    }

    /**
     * Closes the runs that were interrupted — the server stopped or crashed during the run: those
     * this instance was running before it started again, and any silent for longer than {@link
     * #QUIET} (another instance of the group that has not come back). Their settled days stay
     * booked; the nightly run catches up the days never settled. Returns how many were closed.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int closeInterrupted() {
        java.time.Instant now = clock.instant();
        String instance = ch.monportail.platform.control.Instances.current();
        java.time.Instant started = ch.monportail.platform.control.Instances.startedAt();
        int closed = 0;
        for (DebitRun run :
                em.createQuery("select r from DebitRun r where r.status = :running", DebitRun.class)
                        .setParameter("running", DebitRun.Status.RUNNING)
                        .getResultList()) {
            if (run.isInterrupted(now, instance, started, QUIET)) {
                run.interrupted(now);
                closed++;
                LOG.warning(
                        () ->
                                "Debit run "
                                        + run.getId()
                                        + " of "
                                        + run.getRunner()
                                        + " was interrupted after "
                                        + run.getDaysDone()
                                        + " of "
                                        + run.getTotalDays()
                                        + " day(s): closed as failed; the nightly run catches up"
                                        + " the days never settled");
            }
        }
        return closed;
    }

    /**
     * The nightly catch-up (the timer, no caller): from the first day not yet debited since the
     * first contract began — a gap left by a failed or partial run is caught up too — up to
     * yesterday in the commune. Days already debited inside that range are settled again, which
     * books nothing twice. Returns the run, or empty when there was nothing to do.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<Long> catchUp() {
        LocalDate yesterday = LocalDate.now(clock.withZone(Clocks.COMMUNE_ZONE)).minusDays(1);
        LocalDate start =
                em.createQuery(
                                "select min(c.startsOn) from Contract c where c.status <> :draft",
                                LocalDate.class)
                        .setParameter("draft", ContractStatus.DRAFT)
                        .getSingleResult();
        if (start == null || start.isAfter(yesterday)) {
            return Optional.empty();
        }
        LocalDate first = start;
        for (LocalDate settled :
                em.createQuery(
                                "select d.day from DebitDay d where d.day >= :s and d.day <= :y"
                                        + " order by d.day",
                                LocalDate.class)
                        .setParameter("s", start)
                        .setParameter("y", yesterday)
                        .getResultList()) {
            if (!settled.equals(first)) {
                break;
            }
            first = first.plusDays(1);
        }
        if (first.isAfter(yesterday)) {
            return Optional.empty();
        }
        closeInterruptedQuietly();
        long id = worker.open(DebitRun.How.TIMER, first, yesterday, null);
        worker.execute(id);
        return Optional.of(id);
    }
}
