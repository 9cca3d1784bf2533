package org.aftersales.platform.deadline;

/** A deadline of this kind and subject was started before: restart it instead of starting another. */
public class DeadlineExistsException extends IllegalStateException {

    public DeadlineExistsException(String kind, String subject) {
        super("a deadline " + kind + " of " + subject + " was started already");
    }
}
