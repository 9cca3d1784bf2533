package org.aftersales.platform.idempotency;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The POST operations of a resource accept an {@code Idempotency-Key} header: a retry with the same key and body
 * answers the first result again and changes nothing ({@link IdempotencyInterceptor}). Put it on the resource class.
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {
}
