package ch.monportail.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Every 10 seconds, hands the due outbox messages to {@link OutboxDelivery}. Not persistent: on
 * several instances each one ticks, and the row lock in {@code deliver} keeps a message from being
 * sent twice. A tick that is still running makes the next one skip.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxTimer {

    private static final Logger LOG = Logger.getLogger(OutboxTimer.class.getName());

    static final int BATCH = 50;

    @Inject private OutboxDelivery delivery;

    @Inject private Migrations migrations;

    private final AtomicBoolean running = new AtomicBoolean();

    @Resource private ManagedExecutorService executor;

    /**
     * Hands the delivery to a managed thread and returns: Payara counts a timeout as failed when a
     * service it called threw — even if the callback caught it (GlassFish issue 20749) — and
     * expunges the timer after two such failures. A database blip would stop the outbox for good.
     */
    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        if (!migrations.isMigrated() || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.execute(this::deliverDue);
        } catch (RuntimeException rejected) {
            running.set(false);
            LOG.warning(() -> "Outbox tick not started: " + rejected);
        }
    }

    private void deliverDue() {
        try {
            delivery.dueIds(BATCH).forEach(delivery::deliver);
        } catch (RuntimeException e) {
            // the database is away for a moment: the next tick tries again
            LOG.warning(() -> "Outbox tick failed, next one in 10 s: " + e);
        } finally {
            running.set(false);
        }
    }
}
