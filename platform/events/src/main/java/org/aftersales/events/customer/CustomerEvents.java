package org.aftersales.events.customer;

import org.aftersales.events.EventType;

/**
 * The events of the customer archive (客户档案), published by warranty-service on topic {@code aftersales.customer}:
 * who a customer organisation is, whom to call there, and whether it is a key customer (重点客户, seed 001).
 */
public final class CustomerEvents {

    public static final String AGGREGATE = "customer";

    public static final EventType<CustomerChanged> REGISTERED =
            new EventType<>("aftersales.customer.registered.v1", AGGREGATE, CustomerChanged.class);

    /** The archive's record was replaced: name, contacts, key-customer flag or notes. */
    public static final EventType<CustomerChanged> UPDATED =
            new EventType<>("aftersales.customer.updated.v1", AGGREGATE, CustomerChanged.class);

    private CustomerEvents() {
    }
}
