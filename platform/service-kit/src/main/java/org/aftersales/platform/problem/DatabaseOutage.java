package org.aftersales.platform.problem;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.aftersales.platform.inbox.Failures;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Whether a failure means the database cannot be reached (the server is down, restarting or refusing connections),
 * as opposed to a request it refused: SQLSTATE class 08 (connection exception), 57P01–57P03 (shutting down, cannot
 * connect now), a refused connection, or the pool's timeout while it waits for one.
 */
final class DatabaseOutage {

    private static final String POOL_TIMEOUT = "Acquisition timeout";

    private DatabaseOutage() {
    }

    static boolean isCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException
                    || cause instanceof ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql && (isOutage(sql.getSQLState()) || Failures.isNotAcceptingConnections(sql)
                    || sql.getMessage() != null && sql.getMessage().startsWith(POOL_TIMEOUT))) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }

    private static boolean isOutage(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.equals("57P01")
                || sqlState.equals("57P02") || sqlState.equals("57P03"));
    }
}
