package org.aftersales.complaint.installedbase;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.aftersales.platform.inbox.EventHandlers;
import org.aftersales.platform.inbox.EventInbox;
import org.aftersales.platform.installedbase.InstalledBase;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes warranty-service's device and contract events into complaint-service's copy of the installed base (lot
 * number, model, customer, site) and of the contracts (the platform's {@link InstalledBase}, ADR 0030), each applied
 * once: recalls search the devices, complaint deadlines take the contract in force.
 */
@ApplicationScoped
public class InstalledBaseCopy {

    private final EventInbox inbox;
    private final EventHandlers deviceHandlers;
    private final EventHandlers contractHandlers;

    InstalledBaseCopy(EventInbox inbox, InstalledBase installedBase) {
        this.inbox = inbox;
        this.deviceHandlers = installedBase.copyDeviceEvents(new EventHandlers());
        this.contractHandlers = installedBase.copyContractEvents(new EventHandlers());
    }

    @Incoming("device-events")
    @Blocking
    public void consumeDeviceEvent(String message) {
        inbox.consume(message, deviceHandlers);
    }

    @Incoming("contract-events")
    @Blocking
    public void consumeContractEvent(String message) {
        inbox.consume(message, contractHandlers);
    }
}
