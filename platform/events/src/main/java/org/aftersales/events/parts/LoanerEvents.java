package org.aftersales.events.parts;

import org.aftersales.events.EventType;

/**
 * The events of a backup unit (备机) lent to a ticket's customer, published by parts-service on topic
 * {@code aftersales.loaner}; the subject is the loan's id.
 */
public final class LoanerEvents {

    public static final String AGGREGATE = "loaner";

    /** A backup unit went out on loan. */
    public static final EventType<Loan> LENT = new EventType<>("aftersales.loaner.lent.v1", AGGREGATE, Loan.class);

    /** It came back, with the days it was on loan. */
    public static final EventType<Loan> RECOVERED =
            new EventType<>("aftersales.loaner.recovered.v1", AGGREGATE, Loan.class);

    /** It was not back by the time allowed. */
    public static final EventType<Loan> OVERDUE =
            new EventType<>("aftersales.loaner.overdue.v1", AGGREGATE, Loan.class);

    private LoanerEvents() {
    }
}
