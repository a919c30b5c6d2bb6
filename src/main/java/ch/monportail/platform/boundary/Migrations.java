package ch.monportail.platform.boundary;

import ch.monportail.platform.control.DatabaseCheck;
import ch.monportail.platform.control.SchemaMigrated;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to the version of this build at start-up, before any other bean touches the
 * database: the versioned scripts of {@code db/migration} (Flyway), never schema generation. A
 * released script is never edited; a change is a new script. Flyway's own lock makes concurrent
 * starts of several instances safe.
 *
 * <p>A database that cannot be reached at start-up does not fail the deployment: the portal stays
 * deployed and <em>not ready</em> ({@code /health/ready}: schema DOWN), tries again every {@link
 * #RETRY} and, once the schema is migrated, fires {@link SchemaMigrated} so that the start-up work
 * that needed the database runs then. The start-up beans ask {@link #isMigrated()} first.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    @Resource(lookup = "jdbc/monportail")
    private DataSource dataSource;

    /** How often a start-up without a database tries again. */
    static final Duration RETRY = Duration.ofSeconds(10);

    @Resource private TimerService timerService;

    @Inject private Event<SchemaMigrated> migratedLater;

    private volatile boolean migrated;

    /** Migrated and the start-up work that needed the database done. */
    private volatile boolean startedUp;

    private final AtomicBoolean retrying = new AtomicBoolean();

    private Flyway flyway() {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                // a database that holds tables but not yet the portal's — Payara's EJB timer table
                // of a deployment group, created before the first start (server-config/README.md)
                // — is baselined below the first script: every script still runs
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }

    @PostConstruct
    void migrate() {
        if (tryMigrate()) {
            startedUp = true;
        } else {
            LOG.warning(
                    () ->
                            "The database cannot be reached at start-up: MonPortail is deployed but"
                                    + " NOT READY (/health/ready) and tries again every "
                                    + RETRY.toSeconds()
                                    + " s.");
            timerService.createIntervalTimer(
                    RETRY.toMillis(), RETRY.toMillis(), new TimerConfig("schema-retry", false));
        }
    }

    @Timeout
    void retry(Timer timer) {
        if (migrated || !retrying.compareAndSet(false, true)) {
            return;
        }
        try {
            if (tryMigrate()) {
                timer.cancel();
                LOG.info("The database answers again: running the start-up work that needed it.");
                try {
                    migratedLater.fire(new SchemaMigrated());
                } finally {
                    startedUp = true;
                }
            }
        } finally {
            retrying.set(false);
        }
    }

    /** Whether the schema is migrated (false while a start-up waits for its database). */
    public boolean isMigrated() {
        return migrated;
    }

    /**
     * Migrates when the database answers; false when it does not. A migration that fails on a
     * database that answers (a broken script) fails the start-up, as it should.
     */
    private boolean tryMigrate() {
        if (!DatabaseCheck.answers(dataSource, 5)) {
            return false;
        }
        MigrateResult result = flyway().migrate();
        migrated = true;
        LOG.info(
                () ->
                        "Database schema at version "
                                + result.targetSchemaVersion
                                + " ("
                                + result.migrationsExecuted
                                + " migration(s) applied now)");
        return true;
    }

    /**
     * Whether the database holds every migration of this build (readiness: an instance started
     * against a database restored from an older backup, or that another instance is still
     * migrating, must not serve). False when the database cannot be asked.
     */
    public boolean upToDate() {
        if (!startedUp) {
            return false;
        }
        try {
            return flyway().info().pending().length == 0;
        } catch (FlywayException e) {
            LOG.warning(() -> "Schema state unknown: " + e.getMessage());
            return false;
        }
    }
}
