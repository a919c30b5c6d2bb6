package ch.monportail.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
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

    @PostConstruct
    void migrate() {
        MigrateResult result =
                Flyway.configure(Migrations.class.getClassLoader())
                        .dataSource(dataSource)
                        .locations("classpath:db/migration")
                        .connectRetries(10)
                        .load()
                        .migrate();
        LOG.info(
                () ->
                        "Database schema at version "
                                + result.targetSchemaVersion
                                + " ("
                                + result.migrationsExecuted
                                + " migration(s) applied now)");
    }
}
