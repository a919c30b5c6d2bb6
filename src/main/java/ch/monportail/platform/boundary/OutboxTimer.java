package ch.monportail.platform.boundary;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Every 10 seconds, hands the due outbox messages to {@link OutboxDelivery}. Not persistent: on
 * several instances each one ticks, and the row lock in {@code deliver} keeps a message from being
 * sent twice. A tick that is still running makes the next one skip.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxTimer {

    static final int BATCH = 50;

    @Inject private OutboxDelivery delivery;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            delivery.dueIds(BATCH).forEach(delivery::deliver);
        } finally {
            running.set(false);
        }
    }
}
