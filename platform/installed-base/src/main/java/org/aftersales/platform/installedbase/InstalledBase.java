package org.aftersales.platform.installedbase;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.aftersales.events.CloudEvent;
import org.aftersales.events.contract.ContractActivated;
import org.aftersales.events.contract.ContractEvents;
import org.aftersales.events.contract.ContractTerminated;
import org.aftersales.events.device.DeviceAccepted;
import org.aftersales.events.device.DeviceEvents;
import org.aftersales.events.device.DeviceRegistered;
import org.aftersales.events.device.DeviceReplaced;
import org.aftersales.events.device.DeviceTransferred;
import org.aftersales.platform.deadline.ContractCalendar;
import org.aftersales.platform.inbox.EventHandlers;

/**
 * A service's own copy of warranty-service's installed base ({@link KnownDevice}) and contracts ({@link KnownContract})
 * kept from their events, and what the service asks of it (ADR 0012, 0030). The service consumes the device and
 * contract topics on its own channels through its inbox, with the handlers registered by {@link #copyDeviceEvents} and
 * {@link #copyContractEvents} (each event applied once), and creates the tables in its own Flyway migration.
 */
@ApplicationScoped
public class InstalledBase {

    private final ObjectMapper json;

    InstalledBase(ObjectMapper json) {
        this.json = json;
    }

    /** {@code handlers} with those that keep the devices: registered, accepted, transferred, replaced. */
    public EventHandlers copyDeviceEvents(EventHandlers handlers) {
        return handlers.on(DeviceEvents.REGISTERED, this::registered)
                .on(DeviceEvents.ACCEPTED, this::accepted)
                .on(DeviceEvents.TRANSFERRED, this::transferred)
                .on(DeviceEvents.REPLACED, this::replaced);
    }

    /**
     * {@code handlers} with those that keep the devices, each followed, in the same transaction, by {@code changed}
     * with the device as the copy now has it and the event's payload (a service that counts the installed base counts
     * again, and may keep what the copy does not, such as a registration's {@code quantity}): registered, transferred,
     * replaced. An event about a device the copy does not have changes nothing and calls nothing.
     */
    public EventHandlers copyDeviceEvents(EventHandlers handlers, BiConsumer<KnownDevice, Object> changed) {
        return handlers.on(DeviceEvents.REGISTERED, event -> {
                    registered(event);
                    device(event.data().serialNumber()).ifPresent(device -> changed.accept(device, event.data()));
                })
                .on(DeviceEvents.ACCEPTED, this::accepted)
                .on(DeviceEvents.TRANSFERRED, event -> {
                    transferred(event);
                    device(event.data().serialNumber()).ifPresent(device -> changed.accept(device, event.data()));
                })
                .on(DeviceEvents.REPLACED, event -> {
                    replaced(event);
                    device(event.data().serialNumber()).ifPresent(device -> changed.accept(device, event.data()));
                });
    }

    /** {@code handlers} with those that keep the contracts: activated, terminated. */
    public EventHandlers copyContractEvents(EventHandlers handlers) {
        return handlers.on(ContractEvents.ACTIVATED, this::activated)
                .on(ContractEvents.TERMINATED, this::terminated);
    }

    /**
     * {@code handlers} with those that keep the contracts, each followed, in the same transaction, by {@code changed}
     * with the contract as the copy now has it (a service that applies a contract's terms applies them again):
     * activated (a new contract or a new version of one), terminated.
     */
    public EventHandlers copyContractEvents(EventHandlers handlers, Consumer<KnownContract> changed) {
        return handlers.on(ContractEvents.ACTIVATED, event -> {
                    activated(event);
                    changed.accept(KnownContract.findById(event.data().contractId()));
                })
                .on(ContractEvents.TERMINATED, event -> {
                    terminated(event);
                    changed.accept(KnownContract.findById(event.data().contractId()));
                });
    }

    /** The device with this serial number, when the installed base has it. */
    public Optional<KnownDevice> device(String serialNumber) {
        return serialNumber == null ? Optional.empty() : KnownDevice.findByIdOptional(serialNumber);
    }

    /**
     * The device with this serial number in this organisation's installed base: another organisation's device is
     * unknown here, so that nothing about it is disclosed.
     */
    public Optional<KnownDevice> device(String serialNumber, String customerOrganisation) {
        return device(serialNumber).filter(device -> device.customerOrganisation.equals(customerOrganisation));
    }

    /** The devices with these ids that the installed base has. */
    public List<KnownDevice> devices(Collection<UUID> deviceIds) {
        return deviceIds.isEmpty() ? List.of() : KnownDevice.list("deviceId in ?1", deviceIds);
    }

    /** The organisation's devices with this serial number (zero or one). */
    public List<UUID> deviceIds(String serialNumber, String customerOrganisation) {
        return device(serialNumber, customerOrganisation).map(device -> List.of(device.deviceId)).orElse(List.of());
    }

    /**
     * The contract that applies to the device on the day, in the contract's zone, of {@code at}: among the
     * organisation's contracts that name the serial, one in force that day (started, not ended, not terminated); of
     * several, the one that started last. Derived from the contracts when asked, so that it does not matter whether
     * the device's registration or the contract's activation arrived first, or both at once (ADR 0012).
     */
    public Optional<KnownContract> contractInForce(String serialNumber, String customerOrganisation, Instant at) {
        return latest(KnownContract.<KnownContract>list(
                "select c from KnownContract c join c.deviceSerials s where s = ?1 and c.customerOrganisation = ?2",
                serialNumber, customerOrganisation), at);
    }

    /**
     * The organisation's contract in force on the day of {@code at}, whichever devices it names; of several, the one
     * that started last. For what concerns the organisation rather than one of its devices.
     */
    public Optional<KnownContract> contractInForce(String customerOrganisation, Instant at) {
        return latest(KnownContract.<KnownContract>list("customerOrganisation = ?1", customerOrganisation), at);
    }

    /**
     * The contract in force on the day of {@code at} for the first of the devices that has one, else the organisation's
     * (null: none); empty when neither has one.
     */
    public Optional<KnownContract> contractInForce(Collection<UUID> deviceIds, String customerOrganisation,
            Instant at) {
        for (KnownDevice device : devices(deviceIds)) {
            Optional<KnownContract> contract = contractInForce(device.serialNumber, device.customerOrganisation, at);
            if (contract.isPresent()) {
                return contract;
            }
        }
        return customerOrganisation == null ? Optional.empty() : contractInForce(customerOrganisation, at);
    }

    /** The terms the contract's activation published, as kept whole in the copy. */
    public ContractActivated terms(KnownContract contract) {
        try {
            return json.readValue(contract.terms, ContractActivated.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the terms of contract " + contract.contractId + " cannot be read", e);
        }
    }

    private static Optional<KnownContract> latest(List<KnownContract> contracts, Instant at) {
        return contracts.stream()
                .filter(contract -> contract.period().inForceAt(at))
                .max(Comparator.comparing((KnownContract contract) -> contract.startsOn,
                                Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(contract -> contract.contractId));
    }

    private void registered(CloudEvent<DeviceRegistered> event) {
        DeviceRegistered registered = event.data();
        KnownDevice device = KnownDevice.<KnownDevice>findByIdOptional(registered.serialNumber())
                .orElseGet(KnownDevice::new);
        boolean isNew = device.serialNumber == null;
        device.serialNumber = registered.serialNumber();
        device.deviceId = registered.deviceId();
        device.customerOrganisation = registered.customerOrganisation();
        device.model = registered.model();
        device.brand = registered.brand();
        device.lotNumber = registered.lotNumber();
        device.site = registered.site();
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
        KnownDevice.<KnownDevice>findByIdOptional(event.data().serialNumber()).ifPresent(device -> {
            device.customerOrganisation = event.data().toOrganisation();
            if (event.data().site() != null) {
                device.site = event.data().site();
            }
        });
    }

    private void replaced(CloudEvent<DeviceReplaced> event) {
        KnownDevice.<KnownDevice>findByIdOptional(event.data().serialNumber())
                .ifPresent(device -> device.replacedBySerial = event.data().replacementSerialNumber());
    }

    private void activated(CloudEvent<ContractActivated> event) {
        ContractActivated activated = event.data();
        KnownContract contract = KnownContract.<KnownContract>findByIdOptional(activated.contractId())
                .orElseGet(KnownContract::new);
        boolean isNew = contract.contractId == null;
        contract.contractId = activated.contractId();
        contract.contractNumber = activated.contractNumber();
        contract.customerOrganisation = activated.customerOrganisation();
        contract.startsOn = activated.startsOn();
        contract.endsOn = activated.endsOn();
        contract.zone = ContractCalendar.of(activated.calendar()).zone().getId();
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
    private void terminated(CloudEvent<ContractTerminated> event) {
        ContractTerminated terminated = event.data();
        KnownContract contract = KnownContract.<KnownContract>findByIdOptional(terminated.contractId())
                .orElseThrow(() -> new IllegalStateException("contract " + terminated.contractId()
                        + " is terminated but was never activated here"));
        contract.lastDayInForce = terminated.lastDayInForce();
        contract.terminationReason = terminated.reason();
    }
}
