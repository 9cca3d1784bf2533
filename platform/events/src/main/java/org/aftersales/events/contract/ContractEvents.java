package org.aftersales.events.contract;

import org.aftersales.events.EventType;

/** The events of the contract aggregate, published by warranty-service on topic {@code aftersales.contract}. */
public final class ContractEvents {

    public static final String AGGREGATE = "contract";

    /** A contract came into force: the terms other services keep their own copy of. */
    public static final EventType<ContractActivated> ACTIVATED =
            new EventType<>("aftersales.contract.activated.v1", AGGREGATE, ContractActivated.class);

    /** A contract was terminated before its end; its terms stop applying after its last day in force. */
    public static final EventType<ContractTerminated> TERMINATED =
            new EventType<>("aftersales.contract.terminated.v1", AGGREGATE, ContractTerminated.class);

    private ContractEvents() {
    }
}
