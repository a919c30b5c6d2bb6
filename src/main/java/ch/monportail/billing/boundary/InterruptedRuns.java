package ch.monportail.billing.boundary;

import ch.monportail.platform.boundary.Migrations;
import ch.monportail.platform.control.SchemaMigrated;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At start-up, closes the debit runs this instance was running when it stopped or crashed ({@link
 * DebitRuns#closeInterrupted}): the ADMIN's page no longer shows them as running, and the nightly
 * run catches up the days they did not settle — each service still booked once (unique source
 * keys).
 */
@Startup
@Singleton
@DependsOn("Migrations")
public class InterruptedRuns {

    private static final Logger LOG = Logger.getLogger(InterruptedRuns.class.getName());

    @Inject private Migrations migrations;

    @Inject private DebitRuns runs;

    /** The start-up waited for its database: closes them now. */
    public void closeLater(
            @Observes @Priority(SchemaMigrated.INTERRUPTED_RUNS) SchemaMigrated migrated) {
        close();
    }

    @PostConstruct
    void close() {
        if (!migrations.isMigrated()) {
            return;
        }
        try {
            runs.closeInterrupted();
        } catch (RuntimeException e) {
            // another instance closing the same run at the same moment: never a reason not to start
            LOG.log(Level.WARNING, "Interrupted debit runs not closed at start-up", e);
        }
    }
}
