package org.aftersales.platform.concurrency;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A transactional operation that a lock conflict with a concurrent writer (a firing timer, another request) may abort
 * — a deadlock (SQLSTATE 40P01) or a serialization failure (40001): it is run again in a new transaction a few times,
 * then answers 409 with {@code Retry-After} (see {@link LockConflictRetry}).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RetriedOnLockConflict {
}
