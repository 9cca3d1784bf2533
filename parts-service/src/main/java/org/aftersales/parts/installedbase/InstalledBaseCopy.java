package org.aftersales.parts.installedbase;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.aftersales.events.device.DeviceRegistered;
import org.aftersales.parts.stock.MinimumStock;
import org.aftersales.platform.inbox.EventHandlers;
import org.aftersales.platform.inbox.EventInbox;
import org.aftersales.platform.installedbase.InstalledBase;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes warranty-service's device and contract events into parts-service's copy of the installed base and of the
 * contracts (the platform's {@link InstalledBase}, ADR 0030, 0034), each applied once: a device registered,
 * transferred or replaced re-evaluates the minimum stock rules that take a share of the installed base of its model
 * (a registration's {@code quantity} kept in {@link KnownDeviceQuantity}, ADR 0036); a contract activated or
 * terminated re-evaluates those that take the contracts' shares; a spare request's deadline and a loan take the terms
 * of the contract in force.
 */
@ApplicationScoped
public class InstalledBaseCopy {

    /** The consumer the events are applied under (ADR 0034: not the default, so a replay applies them anew). */
    static final String CONSUMER = "installed-base";

    private final EventInbox inbox;
    private final EventHandlers deviceHandlers;
    private final EventHandlers contractHandlers;

    InstalledBaseCopy(EventInbox inbox, InstalledBase installedBase, MinimumStock minimums) {
        this.inbox = inbox;
        this.deviceHandlers = installedBase.copyDeviceEvents(new EventHandlers(CONSUMER), (device, event) -> {
            if (event instanceof DeviceRegistered registered) {
                KnownDeviceQuantity.keep(device.serialNumber, registered.quantity());
            }
            minimums.installedBaseChanged(device.model);
        });
        this.contractHandlers = installedBase.copyContractEvents(new EventHandlers(CONSUMER),
                contract -> minimums.contractsChanged());
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
