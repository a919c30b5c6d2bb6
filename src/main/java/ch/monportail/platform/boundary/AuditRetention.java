package ch.monportail.platform.boundary;

import ch.monportail.platform.control.Settings;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every night at 03:30, deletes audit lines older than the retention ({@link
 * AuditLog#purgeOlderThan}).
 */
@Singleton
public class AuditRetention {

    static final long DEFAULT_DAYS = 3653;
    private static final Logger LOG = Logger.getLogger(AuditRetention.class.getName());

    @Inject private AuditLog auditLog;

    @Inject private Clock clock;

    @Inject private Migrations migrations;

    @jakarta.annotation.Resource
    private jakarta.enterprise.concurrent.ManagedExecutorService executor;

    @Schedule(hour = "3", minute = "30", persistent = false, timezone = "Europe/Zurich")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void purge() {
        if (!migrations.isMigrated()) {
            return;
        }
        // on a managed thread: a service failing inside the timeout would get the timer expunged
        // (GlassFish issue 20749) and the purge would stop
        executor.execute(
                () -> {
                    try {
                        purgeNow();
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "Audit retention failed, next run tomorrow", e);
                    }
                });
    }

    private void purgeNow() {
        long days =
                Settings.value("monportail.audit-retention-days")
                        .map(Long::parseLong)
                        .orElse(DEFAULT_DAYS);
        int deleted = auditLog.purgeOlderThan(clock.instant().minus(Duration.ofDays(days)));
        if (deleted > 0) {
            LOG.info(() -> "Audit retention (" + days + " days): " + deleted + " line(s) deleted");
        }
    }
}
