package org.aftersales.platform.inbox;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.QueryTimeoutException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;
import org.hibernate.StaleStateException;

/**
 * Which failures of a consumer are worth retrying soon (暂时性故障): the database refused this transaction but
 * would accept it again (serialization failure, deadlock, lock timeout, a lost optimistic-lock race, a dropped
 * connection, a server shutting down or out of resources). Anything else is taken as a failure of the event itself.
 */
public final class Failures {

    /** SQLSTATEs of failures that a later attempt of the same transaction can pass. */
    private static final Set<String> TRANSIENT_STATES = Set.of(
            "40001", // serialization_failure
            "40P01", // deadlock_detected
            "55P03", // lock_not_available (lock_timeout)
            "57014", // query_canceled (statement_timeout)
            "57P01", // admin_shutdown
            "57P02", // crash_shutdown
            "57P03"); // cannot_connect_now

    private Failures() {
    }

    /** Whether {@code failure}, or any of its causes, is transient. */
    public static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && (isTransient(sql.getSQLState()) || isNotAcceptingConnections(sql))) {
                return true;
            }
            if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                    || cause instanceof OptimisticLockException || cause instanceof StaleStateException
                    || cause instanceof PessimisticLockException || cause instanceof LockTimeoutException
                    || cause instanceof QueryTimeoutException || cause instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The database refuses connections for now (SQLSTATE 55000 "database … is not currently accepting connections":
     * blocked by an operator, e.g. during a restore or in the fault-injection suite): unreachable, like a refused one.
     */
    public static boolean isNotAcceptingConnections(SQLException sql) {
        return "55000".equals(sql.getSQLState()) && sql.getMessage() != null
                && sql.getMessage().contains("not currently accepting connections");
    }

    /**
     * Whether a SQLSTATE is transient: one of the states above, or class 08 (connection exception) or 53
     * (insufficient resources).
     */
    static boolean isTransient(String sqlState) {
        return sqlState != null
                && (TRANSIENT_STATES.contains(sqlState) || sqlState.startsWith("08") || sqlState.startsWith("53"));
    }

    /** What a dead letter records as the reason: the innermost message, with its SQLSTATE when there is one. */
    public static String describe(Throwable failure) {
        Throwable root = failure;
        String sqlState = null;
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            root = cause;
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                sqlState = sql.getSQLState();
            }
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return sqlState == null ? message : "SQLSTATE " + sqlState + ": " + message;
    }
}
