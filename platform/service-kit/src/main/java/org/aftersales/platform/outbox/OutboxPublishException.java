package org.aftersales.platform.outbox;

/** A relay pass could not get the broker's acknowledgement; its events stay unpublished. */
public class OutboxPublishException extends RuntimeException {

    public OutboxPublishException(String message, Throwable cause) {
        super(message, cause);
    }
}
