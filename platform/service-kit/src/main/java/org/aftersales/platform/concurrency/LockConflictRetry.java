package org.aftersales.platform.concurrency;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.aftersales.platform.problem.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs a {@link RetriedOnLockConflict} operation again when PostgreSQL aborted its transaction for a deadlock or a
 * serialization failure, up to {@code aftersales.lock-conflict.attempts} times in all (3); then 409 with
 * {@code Retry-After}, never 500. It wraps the operation outside its transaction (a lower priority than
 * {@code @Transactional}'s), so each attempt is a transaction of its own; inside a caller's transaction it retries
 * nothing, the caller's does. Each conflict counts in {@code aftersales.lock.conflicts} (tags {@code sqlstate},
 * {@code outcome} retried or refused).
 */
@RetriedOnLockConflict
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class LockConflictRetry {

    /** Seconds a client waits before it sends a request refused for a lock conflict again. */
    static final int RETRY_AFTER_SECONDS = 1;

    private static final Logger LOG = Logger.getLogger(LockConflictRetry.class);

    private final int attempts;
    private final MeterRegistry metrics;

    LockConflictRetry(@ConfigProperty(name = "aftersales.lock-conflict.attempts", defaultValue = "3") int attempts,
            MeterRegistry metrics) {
        this.attempts = attempts;
        this.metrics = metrics;
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
                String state = LockConflicts.stateOf(e).orElseThrow(() -> e);
                boolean again = attempt < attempts;
                metrics.counter("aftersales.lock.conflicts", "sqlstate", state, "outcome", again ? "retried" : "refused")
                        .increment();
                if (!again) {
                    LOG.infof("lock conflict (SQLSTATE %s) in %s after %d attempts: answering 409", state,
                            invocation.getMethod().getName(), attempts);
                    throw ProblemException.conflict("A concurrent change held the same records; read them again and "
                            + "retry").retryAfter(RETRY_AFTER_SECONDS);
                }
                LOG.debugf("lock conflict (SQLSTATE %s) in %s, attempt %d of %d: running it again", state,
                        invocation.getMethod().getName(), attempt, attempts);
            }
        }
    }
}
