package org.aftersales.notification.delivery;

/**
 * What a provider's own records say of a message whose send was cut off before its answer was recorded
 * ({@link Sender#recordOf}), asked with the attempt key the message was sent with.
 */
public enum ProviderRecord {
    /** The provider has it: it took the message, which is recorded as sent without sending it again. */
    TOOK_IT,
    /** The provider has no record of it: it never got the message, which is sent now. */
    NEVER_GOT_IT,
    /** The provider cannot be asked: the message is taken as sent ({@link AttemptOutcome#IN_DOUBT}). */
    CANNOT_TELL
}
