package org.aftersales.events;

/** A message that is not a valid event of the contract: a poison message, never retried. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }
}
