package org.aftersales.platform.concurrency;

import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import org.hibernate.JDBCException;

/**
 * A transaction PostgreSQL aborted because it met a concurrent one on the same rows: a deadlock (SQLSTATE 40P01) or a
 * serialization failure (40001). Run again, it normally passes; {@link LockConflictRetry} does so for
 * {@link RetriedOnLockConflict} operations, and the problem mappers answer what is left 503 with {@code Retry-After}.
 */
public final class LockConflicts {

    /** Deadlock detected; serialization failure. */
    public static final Set<String> STATES = Set.of("40P01", "40001");

    private LockConflicts() {
    }

    /** The SQLSTATE of the lock conflict that caused {@code failure}, if one did. */
    public static Optional<String> stateOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String state = cause instanceof JDBCException jdbc ? jdbc.getSQLState()
                    : cause instanceof SQLException sql ? sql.getSQLState() : null;
            if (state != null && STATES.contains(state)) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }

    /** Whether the failure, or one of its causes, is a deadlock or a serialization failure. */
    public static boolean isCause(Throwable failure) {
        return stateOf(failure).isPresent();
    }
}
