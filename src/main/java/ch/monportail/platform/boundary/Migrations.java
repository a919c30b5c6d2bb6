package ch.monportail.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
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
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    @Resource(lookup = "jdbc/monportail")
    private DataSource dataSource;

    private Flyway flyway(int connectRetries) {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .connectRetries(connectRetries)
                .load();
    }

    @PostConstruct
    void migrate() {
        MigrateResult result = flyway(10).migrate();
        LOG.info(
                () ->
                        "Database schema at version "
                                + result.targetSchemaVersion
                                + " ("
                                + result.migrationsExecuted
                                + " migration(s) applied now)");
    }

    /**
     * Whether the database holds every migration of this build (readiness: an instance started
     * against a database restored from an older backup, or that another instance is still
     * migrating, must not serve). False when the database cannot be asked.
     */
    @Lock(LockType.READ)
    public boolean upToDate() {
        try {
            return flyway(0).info().pending().length == 0;
        } catch (FlywayException e) {
            LOG.warning(() -> "Schema state unknown: " + e.getMessage());
            return false;
        }
    }
}
