package ch.monportail.billing.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * The nightly debit run at 02:00 in the commune's time zone (DESIGN §7). Persistent: a night the
 * server was down is caught up at the next start, and on a deployment group the timer fires on one
 * instance. The run catches up every day missed since the last settled one, and its unique source
 * keys make a second run of a day — the ADMIN's, another instance's — book nothing twice. Then the
 * changes that could not be settled again at once are, and the balance reminders are checked.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DailyDebitTimer {

    private static final Logger LOG = Logger.getLogger(DailyDebitTimer.class.getName());

    @Inject private DebitRuns runs;

    @Inject private Balances balances;

    @Inject private SettleAgainQueue settleAgain;

    @Inject private ch.monportail.platform.boundary.Migrations migrations;

    private final AtomicBoolean running = new AtomicBoolean();

    @Resource private TimerService timerService;

    @Resource private jakarta.enterprise.concurrent.ManagedExecutorService executor;

    /**
     * Whether the nightly run is scheduled on this server (readiness). The container creates the
     * persistent timer at deployment; a timer store that could not be read leaves it missing.
     */
    public boolean isScheduled() {
        return timerService.getTimers().stream().anyMatch(Timer::isCalendarTimer);
    }

    /** One step of the night: a failure is logged and does not stop the next steps. */
    private static void step(String name, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            LOG.log(java.util.logging.Level.WARNING, "Nightly billing: " + name + " failed", e);
        }
    }

    @Schedule(hour = "2", minute = "0", timezone = "Europe/Zurich", persistent = true)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void nightly() {
        if (!migrations.isMigrated()) {
            // the start-up still waits for its database; the persistent timer's next run catches up
            LOG.warning(
                    "Nightly billing skipped: the database has not answered since the start-up");
            return;
        }
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            // on a managed thread: Payara counts a timeout as failed when a service it called
            // threw, even if caught here (GlassFish issue 20749), and expunges the timer after two
            // — a database failure at 02:00 would end the nightly debits for good
            executor.execute(this::night);
        } catch (RuntimeException rejected) {
            running.set(false);
            LOG.log(java.util.logging.Level.WARNING, "Nightly billing not started", rejected);
        }
    }

    private void night() {
        try {
            step(
                    "debit run",
                    () ->
                            runs.catchUp()
                                    .ifPresentOrElse(
                                            id ->
                                                    LOG.info(
                                                            () ->
                                                                    "Daily debits: run "
                                                                            + id
                                                                            + " done"),
                                            () -> LOG.info("Daily debits: nothing to catch up")));
            step(
                    "settling again",
                    () -> {
                        int settled = settleAgain.drainAll();
                        LOG.info(() -> "Changes settled again: " + settled);
                    });
            step(
                    "reminders",
                    () -> {
                        int reminders = balances.remind();
                        LOG.info(() -> "Balance reminders queued: " + reminders);
                    });
        } finally {
            running.set(false);
        }
    }
}
