package org.aftersales.platform.inbox;

/**
 * A consumer gave up on an event: thrown after it is recorded as a {@link DeadLetter}, so that the channel's
 * dead-letter strategy also moves the message to the service's dead-letter topic, its message as the
 * {@code dead-letter-reason} header, and goes on with the partition.
 */
public class EventDeadLetteredException extends RuntimeException {

    public EventDeadLetteredException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
