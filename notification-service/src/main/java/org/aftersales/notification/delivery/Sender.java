package org.aftersales.notification.delivery;

import java.time.Instant;

/**
 * Hands messages of one {@link Channel} to its provider. A CDI bean; the {@link DeliveryTimers} handler calls it.
 * It answers what the provider said and throws only when it cannot tell.
 */
public interface Sender {

    Channel channel();

    /**
     * Whether the send is written in the database transaction that records its outcome (the in-app inbox): then it
     * is exactly once by itself and needs no attempt written ahead.
     */
    default boolean transactional() {
        return false;
    }

    /**
     * Whether the provider drops a second request with the same attempt key (an idempotency key), so that a send
     * cut off before its answer was recorded can safely be repeated.
     */
    default boolean repeatsAreDropped() {
        return false;
    }

    /**
     * Asks the provider whether it took the message sent with this attempt key at {@code startedAt}: called for a
     * send cut off before its answer was recorded, on a channel whose repeats are not dropped. It throws when the
     * provider cannot be reached now (the message's timer is then tried again later).
     */
    default ProviderRecord recordOf(Message message, String attemptKey, Instant startedAt) {
        return ProviderRecord.CANNOT_TELL;
    }

    /** Called in the transaction that gives up on a message of this channel after its retries ran out. */
    default void gaveUp(Message message) {
    }

    /**
     * Sends one message.
     *
     * @param attemptKey the same for every retry of the message, for providers that drop a repeat of a key
     */
    Delivery send(Message message, String attemptKey);

    /**
     * What the provider said.
     *
     * @param outcome {@link AttemptOutcome#ACCEPTED}, {@link AttemptOutcome#FAILED} or {@link AttemptOutcome#REFUSED}
     */
    record Delivery(AttemptOutcome outcome, String detail) {

        public static Delivery accepted(String detail) {
            return new Delivery(AttemptOutcome.ACCEPTED, detail);
        }

        public static Delivery failed(String detail) {
            return new Delivery(AttemptOutcome.FAILED, detail);
        }

        public static Delivery refused(String detail) {
            return new Delivery(AttemptOutcome.REFUSED, detail);
        }
    }
}
