package org.aftersales.notification.delivery;

/** What came of one try to hand a message to its provider. */
public enum AttemptOutcome {
    /** Written before the provider is called; still so afterwards only if the service was cut off in between. */
    STARTED,
    /** The provider took the message. */
    ACCEPTED,
    /** The provider could not take it now (unreachable, overloaded): tried again later. */
    FAILED,
    /** The provider refused it for good (a bad address): not tried again. */
    REFUSED,
    /**
     * Cut off between calling the provider and recording its answer, on a channel that can neither be sent again
     * safely nor be asked whether it took the message: taken as sent, so that nothing is sent twice (ADR 0019,
     * ADR 0037).
     */
    IN_DOUBT
}
