package ch.monportail.platform.boundary;

import ch.monportail.platform.control.SchemaMigrated;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
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

    /** True when a database connection can be obtained and is valid within two seconds. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            LOG.warning(() -> "Database not reachable: " + e.getMessage());
            return false;
        }
    }
}
