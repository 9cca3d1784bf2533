package org.aftersales.ticket.installedbase;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.aftersales.events.device.DeviceEvents;
import org.aftersales.platform.inbox.EventHandlers;
import org.aftersales.platform.inbox.EventInbox;
import org.aftersales.platform.installedbase.InstalledBase;
import org.aftersales.ticket.remedy.Remedies;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes warranty-service's device and contract events into ticket-service's copy of the installed base (the
 * platform's {@link InstalledBase}, ADR 0030), each applied once; intake reads it to resolve a serial number. The
 * device topic's {@code remedy-due} events are handed to {@link Remedies}.
 */
@ApplicationScoped
public class InstalledBaseCopy {

    private final EventInbox inbox;
    private final EventHandlers deviceHandlers;
    private final EventHandlers contractHandlers;

    InstalledBaseCopy(EventInbox inbox, InstalledBase installedBase, Remedies remedies) {
        this.inbox = inbox;
        this.deviceHandlers = installedBase.copyDeviceEvents(new EventHandlers())
                .on(DeviceEvents.REMEDY_DUE, remedies::due);
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
