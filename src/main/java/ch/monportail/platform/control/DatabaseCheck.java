package ch.monportail.platform.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Whether the database answers: a connection from the pool that is valid within the time given. */
public final class DatabaseCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseCheck.class.getName());

    private DatabaseCheck() {}

    public static boolean answers(DataSource dataSource, int timeoutSeconds) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(timeoutSeconds);
        } catch (SQLException e) {
            LOG.warning(() -> "Database not reachable: " + e.getMessage());
            return false;
        }
    }
}
