package org.aftersales.warranty.commitment;

import java.util.function.Function;

/**
 * The answer to a request to change commitments: accepted with the result, or refused with a reason a
 * person can read (and a REST layer can send as a 409 problem).
 *
 * @param <T> the result of an accepted change
 */
public sealed interface ChangeOutcome<T> {

    /** The change is made; {@code value} is the result. */
    record Accepted<T>(T value) implements ChangeOutcome<T> {
    }

    /** The change is refused; nothing changed. */
    record Refused<T>(String reason) implements ChangeOutcome<T> {
    }

    /** The same decision with an accepted result converted by {@code change}. */
    default <R> ChangeOutcome<R> map(Function<T, R> change) {
        return switch (this) {
            case Accepted<T> accepted -> new Accepted<>(change.apply(accepted.value()));
            case Refused<T> refused -> new Refused<>(refused.reason());
        };
    }

    /** The result of an accepted change; refused ones throw with their reason. */
    default T orElseThrow() {
        return switch (this) {
            case Accepted<T> accepted -> accepted.value();
            case Refused<T> refused -> throw new IllegalStateException(refused.reason());
        };
    }
}
