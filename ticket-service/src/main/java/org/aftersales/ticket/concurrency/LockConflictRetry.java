package org.aftersales.ticket.concurrency;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.sql.SQLException;
import java.util.Set;
import org.aftersales.platform.problem.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.JDBCException;
import org.jboss.logging.Logger;

/**
 * Runs a {@link RetriedOnLockConflict} operation again when PostgreSQL aborted its transaction for a deadlock or a
 * serialization failure, up to {@code aftersales.ticket.lock-conflict-attempts} times in all (3); then 409, never
 * 500. It wraps the operation outside its transaction (a lower priority than {@code @Transactional}'s), so each
 * attempt is a transaction of its own; inside a caller's transaction it retries nothing, the caller's does.
 */
@RetriedOnLockConflict
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class LockConflictRetry {

    /** Deadlock detected; serialization failure. */
    static final Set<String> LOCK_CONFLICTS = Set.of("40P01", "40001");

    private static final Logger LOG = Logger.getLogger(LockConflictRetry.class);

    private final int attempts;

    LockConflictRetry(@ConfigProperty(name = "aftersales.ticket.lock-conflict-attempts", defaultValue = "3")
            int attempts) {
        this.attempts = attempts;
    }

    @AroundInvoke
    Object retry(InvocationContext invocation) throws Exception {
        if (QuarkusTransaction.isActive()) {
            return invocation.proceed();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return invocation.proceed();
            } catch (Exception e) {
                if (!isLockConflict(e)) {
                    throw e;
                }
                if (attempt >= attempts) {
                    throw ProblemException.conflict("A concurrent change held the same records; read them again and "
                            + "retry");
                }
                LOG.debugf("lock conflict in %s, attempt %d of %d: running it again",
                        invocation.getMethod().getName(), attempt, attempts);
            }
        }
    }

    /** Whether the failure, or one of its causes, is a deadlock or a serialization failure. */
    static boolean isLockConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String state = cause instanceof JDBCException jdbc ? jdbc.getSQLState()
                    : cause instanceof SQLException sql ? sql.getSQLState() : null;
            if (state != null && LOCK_CONFLICTS.contains(state)) {
                return true;
            }
        }
        return false;
    }
}
