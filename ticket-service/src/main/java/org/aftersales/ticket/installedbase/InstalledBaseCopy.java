package org.aftersales.ticket.installedbase;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import org.aftersales.events.CloudEvent;
import org.aftersales.events.contract.ContractActivated;
import org.aftersales.events.contract.ContractEvents;
import org.aftersales.events.contract.ContractTerminated;
import org.aftersales.events.device.DeviceAccepted;
import org.aftersales.events.device.DeviceEvents;
import org.aftersales.events.device.DeviceRegistered;
import org.aftersales.events.device.DeviceReplaced;
import org.aftersales.events.device.DeviceTransferred;
import org.aftersales.platform.inbox.EventHandlers;
import org.aftersales.platform.inbox.EventInbox;
import org.aftersales.ticket.remedy.Remedies;
import org.aftersales.ticket.sla.SlaTerms;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps ticket-service's copy of the installed base and the contracts in force from warranty-service's
 * events, each applied once; intake reads it to resolve a serial number. The device topic's {@code remedy-due}
 * events are handed to {@link Remedies}.
 */
@ApplicationScoped
public class InstalledBaseCopy {

    private final EventInbox inbox;
    private final ObjectMapper json;
    private final EventHandlers deviceHandlers;
    private final EventHandlers contractHandlers;

    InstalledBaseCopy(EventInbox inbox, ObjectMapper json, Remedies remedies) {
        this.inbox = inbox;
        this.json = json;
        this.deviceHandlers = new EventHandlers()
                .on(DeviceEvents.REGISTERED, this::registered)
                .on(DeviceEvents.ACCEPTED, this::accepted)
                .on(DeviceEvents.TRANSFERRED, this::transferred)
                .on(DeviceEvents.REPLACED, this::replaced)
                .on(DeviceEvents.REMEDY_DUE, remedies::due);
        this.contractHandlers = new EventHandlers()
                .on(ContractEvents.ACTIVATED, this::contractActivated)
                .on(ContractEvents.TERMINATED, this::contractTerminated);
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

    /** The device with this serial number, when the installed base has it. */
    public Optional<KnownDevice> device(String serialNumber) {
        return KnownDevice.findByIdOptional(serialNumber);
    }

    /**
     * The device with this serial number in this organisation's installed base: another organisation's device is
     * unknown here, so that nothing about it is disclosed.
     */
    public Optional<KnownDevice> device(String serialNumber, String customerOrganisation) {
        return device(serialNumber).filter(device -> device.customerOrganisation.equals(customerOrganisation));
    }

    /**
     * The contract that applies to the device on the day, in the contract's zone, of {@code reportedAt}: among the
     * organisation's contracts that name the serial, one in force that day (started, not ended, not terminated); of
     * several, the one that started last. Derived from the contracts when asked, so that it does not matter whether
     * the device's registration or the contract's activation arrived first, or both at once.
     */
    public Optional<KnownContract> contractInForce(String serialNumber, String customerOrganisation,
            Instant reportedAt) {
        return KnownContract.<KnownContract>list(
                        "select c from KnownContract c join c.deviceSerials s"
                                + " where s = ?1 and c.customerOrganisation = ?2",
                        serialNumber, customerOrganisation).stream()
                .filter(contract -> contract.period().inForceAt(reportedAt))
                .max(Comparator.comparing((KnownContract contract) -> contract.startsOn,
                                Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(contract -> contract.contractId));
    }

    /** The terms the contract's activation published, as kept whole in the copy. */
    public ContractActivated terms(KnownContract contract) {
        try {
            return json.readValue(contract.terms, ContractActivated.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the terms of contract " + contract.contractId + " cannot be read", e);
        }
    }

    private void registered(CloudEvent<DeviceRegistered> event) {
        DeviceRegistered registered = event.data();
        KnownDevice device = KnownDevice.<KnownDevice>findByIdOptional(registered.serialNumber()).orElseGet(KnownDevice::new);
        boolean isNew = device.serialNumber == null;
        device.serialNumber = registered.serialNumber();
        device.deviceId = registered.deviceId();
        device.customerOrganisation = registered.customerOrganisation();
        device.model = registered.model();
        device.brand = registered.brand();
        if (registered.acceptanceDate() != null) {
            device.acceptanceDate = registered.acceptanceDate();
        }
        if (isNew) {
            device.persist();
        }
    }

    private void accepted(CloudEvent<DeviceAccepted> event) {
        KnownDevice.<KnownDevice>findByIdOptional(event.data().serialNumber())
                .ifPresent(device -> device.acceptanceDate = event.data().acceptanceDate());
    }

    private void transferred(CloudEvent<DeviceTransferred> event) {
        KnownDevice.<KnownDevice>findByIdOptional(event.data().serialNumber())
                .ifPresent(device -> device.customerOrganisation = event.data().toOrganisation());
    }

    private void replaced(CloudEvent<DeviceReplaced> event) {
        KnownDevice.<KnownDevice>findByIdOptional(event.data().serialNumber())
                .ifPresent(device -> device.replacedBySerial = event.data().replacementSerialNumber());
    }

    private void contractActivated(CloudEvent<ContractActivated> event) {
        ContractActivated activated = event.data();
        KnownContract contract = KnownContract.<KnownContract>findByIdOptional(activated.contractId())
                .orElseGet(KnownContract::new);
        boolean isNew = contract.contractId == null;
        contract.contractId = activated.contractId();
        contract.contractNumber = activated.contractNumber();
        contract.customerOrganisation = activated.customerOrganisation();
        contract.startsOn = activated.startsOn();
        contract.endsOn = activated.endsOn();
        contract.zone = SlaTerms.calendarOf(activated.calendar()).zone().getId();
        contract.deviceSerials.clear();
        contract.deviceSerials.addAll(activated.deviceSerials());
        try {
            contract.terms = json.writeValueAsString(activated);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("contract terms cannot be written as JSON", e);
        }
        if (isNew) {
            contract.persist();
        }
    }

    /** 合同终止: the contract stops applying after its last day in force (same topic and key: after its activation). */
    private void contractTerminated(CloudEvent<ContractTerminated> event) {
        ContractTerminated terminated = event.data();
        KnownContract contract = KnownContract.<KnownContract>findByIdOptional(terminated.contractId())
                .orElseThrow(() -> new IllegalStateException("contract " + terminated.contractId()
                        + " is terminated but was never activated here"));
        contract.lastDayInForce = terminated.lastDayInForce();
        contract.terminationReason = terminated.reason();
    }
}
