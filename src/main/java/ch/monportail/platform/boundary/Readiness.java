package ch.monportail.platform.boundary;

import ch.monportail.platform.control.DatabaseCheck;
import ch.monportail.platform.control.SchemaMigrated;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Whether the application can serve: started (schema migrated, demo data seeded) and the database
 * answers. Used by {@code /health/ready} for load balancers and monitoring, and announces "ready"
 * in the server log once at start-up.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@DependsOn({"Migrations", "DemoData"})
public class Readiness {

    private static final Logger LOG = Logger.getLogger(Readiness.class.getName());

    @Resource(lookup = "jdbc/monportail")
    private DataSource dataSource;

    @Inject private Migrations migrations;

    private volatile boolean started;

    /** Called once the web application has started (every start-up bean done before). */
    public void markStarted() {
        started = true;
    }

    /** Whether the application has finished its deployment and serves pages. */
    public boolean isStarted() {
        return started;
    }

    @PostConstruct
    void started() {
        if (migrations.isMigrated()) {
            LOG.info("MonPortail is ready.");
        }
    }

    /** The start-up waited for its database; all its work is done now. */
    public void readyLater(@Observes @Priority(SchemaMigrated.READY) SchemaMigrated migrated) {
        LOG.info("MonPortail is ready.");
    }

    @Resource private jakarta.enterprise.concurrent.ManagedExecutorService executor;

    /** The probe in flight or the last one: one at a time, however many load balancers ask. */
    private volatile CompletableFuture<Boolean> probe;

    /**
     * True when a database connection can be obtained and is valid — answered within two seconds:
     * with the database gone, the pool's connection attempts take half a minute, and a load
     * balancer's probe must not hang (nor pile up) meanwhile. False at once while the start-up
     * still waits for its database.
     */
    public boolean databaseAnswers() {
        if (!migrations.isMigrated()) {
            return false;
        }
        CompletableFuture<Boolean> current = probe;
        if (current == null || current.isDone()) {
            current = CompletableFuture.supplyAsync(this::connectionValid, executor);
            probe = current;
        }
        try {
            return current.get(2, TimeUnit.SECONDS);
        } catch (TimeoutException slow) {
            return false;
        } catch (ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean connectionValid() {
        return DatabaseCheck.answers(dataSource, 2);
    }
}
