package org.aftersales.complaint.installedbase;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.aftersales.events.CloudEvent;
import org.aftersales.events.contract.ContractActivated;
import org.aftersales.events.contract.ContractEvents;
import org.aftersales.events.contract.ContractTerminated;
import org.aftersales.events.device.DeviceEvents;
import org.aftersales.events.device.DeviceRegistered;
import org.aftersales.events.device.DeviceTransferred;
import org.aftersales.platform.inbox.EventHandlers;
import org.aftersales.platform.inbox.EventInbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps complaint-service's copy of the installed base (lot number, model, customer, site) and of the contracts in
 * force from warranty-service's events, each applied once.
 */
@ApplicationScoped
public class InstalledBaseCopy {

    private final EventInbox inbox;
    private final ObjectMapper json;
    private final EventHandlers deviceHandlers;
    private final EventHandlers contractHandlers;

    InstalledBaseCopy(EventInbox inbox, ObjectMapper json) {
        this.inbox = inbox;
        this.json = json;
        this.deviceHandlers = new EventHandlers()
                .on(DeviceEvents.REGISTERED, this::registered)
                .on(DeviceEvents.TRANSFERRED, this::transferred);
        this.contractHandlers = new EventHandlers()
                .on(ContractEvents.ACTIVATED, this::activated)
                .on(ContractEvents.TERMINATED, this::terminated);
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

    /**
     * The terms of the contract in force on {@code day} for one of the devices, else for the organisation; empty when
     * neither has one.
     */
    public Optional<ContractActivated> contractTerms(Collection<UUID> deviceIds, String organisation, LocalDate day) {
        Optional<KnownContract> contract = Optional.empty();
        if (!deviceIds.isEmpty()) {
            contract = KnownContract.<KnownContract>find("""
                            select c from KnownContract c join c.deviceSerials s, KnownDevice d
                            where d.deviceId in ?1 and s = d.serialNumber and c.terminated = false
                            and (c.startsOn is null or c.startsOn <= ?2) and (c.endsOn is null or c.endsOn >= ?2)
                            order by c.startsOn desc""", deviceIds, day)
                    .firstResultOptional();
        }
        if (contract.isEmpty() && organisation != null) {
            contract = KnownContract.<KnownContract>find("""
                            customerOrganisation = ?1 and terminated = false
                            and (startsOn is null or startsOn <= ?2) and (endsOn is null or endsOn >= ?2)
                            order by startsOn desc""", organisation, day)
                    .firstResultOptional();
        }
        return contract.map(this::read);
    }

    private ContractActivated read(KnownContract contract) {
        try {
            return json.readValue(contract.terms, ContractActivated.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the terms of contract " + contract.contractId + " cannot be read", e);
        }
    }

    private void registered(CloudEvent<DeviceRegistered> event) {
        DeviceRegistered registered = event.data();
        KnownDevice device = KnownDevice.<KnownDevice>findByIdOptional(registered.deviceId())
                .orElseGet(KnownDevice::new);
        boolean isNew = device.deviceId == null;
        device.deviceId = registered.deviceId();
        device.serialNumber = registered.serialNumber();
        device.model = registered.model();
        device.brand = registered.brand();
        device.lotNumber = registered.lotNumber();
        device.customerOrganisation = registered.customerOrganisation();
        device.site = registered.site();
        if (isNew) {
            device.persist();
        }
    }

    private void transferred(CloudEvent<DeviceTransferred> event) {
        KnownDevice.<KnownDevice>findByIdOptional(event.data().deviceId()).ifPresent(device -> {
            device.customerOrganisation = event.data().toOrganisation();
            if (event.data().site() != null) {
                device.site = event.data().site();
            }
        });
    }

    private void activated(CloudEvent<ContractActivated> event) {
        ContractActivated activated = event.data();
        KnownContract contract = KnownContract.<KnownContract>findByIdOptional(activated.contractId())
                .orElseGet(KnownContract::new);
        boolean isNew = contract.contractId == null;
        contract.contractId = activated.contractId();
        contract.customerOrganisation = activated.customerOrganisation();
        contract.startsOn = activated.startsOn();
        contract.endsOn = activated.endsOn();
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

    private void terminated(CloudEvent<ContractTerminated> event) {
        KnownContract.<KnownContract>findByIdOptional(event.data().contractId())
                .ifPresent(contract -> contract.terminated = true);
    }
}
