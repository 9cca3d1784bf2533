package org.aftersales.parts.contract;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.aftersales.events.CloudEvent;
import org.aftersales.events.contract.ContractActivated;
import org.aftersales.events.contract.ContractEvents;
import org.aftersales.events.contract.ContractTerminated;
import org.aftersales.platform.deadline.Promise;
import org.aftersales.platform.inbox.EventHandlers;
import org.aftersales.platform.inbox.EventInbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the {@link ContractCopy} of each contract from warranty-service's {@code contract.activated.v1} and
 * {@code contract.terminated.v1}, each event once.
 */
@ApplicationScoped
public class ContractEventsConsumer {

    private final EventInbox inbox;
    private final EventHandlers handlers;

    ContractEventsConsumer(EventInbox inbox) {
        this.inbox = inbox;
        this.handlers = new EventHandlers()
                .on(ContractEvents.ACTIVATED, this::activated)
                .on(ContractEvents.TERMINATED, this::terminated);
    }

    @Incoming("contract-events")
    @Blocking
    public void consume(String message) {
        inbox.consume(message, handlers);
    }

    private void activated(CloudEvent<ContractActivated> event) {
        ContractActivated activated = event.data();
        ContractCopy found = ContractCopy.findById(activated.contractId());
        ContractCopy contract = found == null ? new ContractCopy() : found;
        contract.contractId = activated.contractId();
        contract.customerOrganisation = activated.customerOrganisation();
        contract.startsOn = activated.startsOn();
        contract.endsOn = activated.endsOn();
        contract.activatedAt = activated.activatedAt();
        contract.warningPercent = activated.warningAtPercent();
        contract.spareDelivery = activated.spares() == null || activated.spares().delivery() == null ? null
                : promise(activated.spares().delivery()).text();
        contract.deviceSerials.clear();
        contract.deviceSerials.addAll(activated.deviceSerials());
        if (found == null) {
            contract.persist();
        }
    }

    private void terminated(CloudEvent<ContractTerminated> event) {
        ContractCopy contract = ContractCopy.findById(event.data().contractId());
        if (contract != null) {
            contract.lastDayInForce = event.data().lastDayInForce();
        }
    }

    private static Promise promise(ContractActivated.TimeTarget target) {
        return target.workingDays() != null ? Promise.workingDays(target.workingDays())
                : Promise.parse(target.elapsed());
    }
}
