package org.aftersales.ticket.inspection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.aftersales.events.contract.ContractActivated;
import org.aftersales.platform.installedbase.KnownContract;
import org.aftersales.platform.installedbase.KnownDevice;
import org.aftersales.ticket.intake.Ticket;
import org.aftersales.ticket.intake.TicketKind;

/** Puts contracts and devices into ticket-service's local copy directly, as its event consumers would. */
@ApplicationScoped
public class InspectionFixtures {

    static final String CUSTOMER_A = "dealer-a/customer-a";
    static final ContractActivated.ServiceCalendar ALWAYS =
            new ContractActivated.ServiceCalendar("ALWAYS", "Asia/Shanghai", null, null, "CN");

    private final ObjectMapper json;

    InspectionFixtures(ObjectMapper json) {
        this.json = json;
    }

    static String serial(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static ContractActivated.InspectionSchedule every(String name, int months) {
        return new ContractActivated.InspectionSchedule(name, months, List.of(), 0, "P0D", null);
    }

    static ContractActivated.InspectionSchedule inMonths(String name, List<Integer> months, int day) {
        return new ContractActivated.InspectionSchedule(name, null, months, day, "P0D", null);
    }

    /** A contract of {@code organisation} in force from {@code startsOn} to {@code endsOn} over {@code serials}. */
    @Transactional
    public UUID contract(String organisation, List<String> serials, LocalDate startsOn, LocalDate endsOn,
            List<ContractActivated.InspectionSchedule> schedules, ContractActivated.TimeTarget reportWithin)
            throws JsonProcessingException {
        UUID id = UUID.randomUUID();
        ContractActivated terms = new ContractActivated(id, "HT-" + id.toString().substring(0, 6), organisation,
                serials, startsOn, endsOn, "test-commitment", 1, ALWAYS, List.of(), List.of(), schedules, reportWithin,
                List.of(), Instant.now(), List.of(), List.of(), null, null, null, null, null);
        KnownContract contract = new KnownContract();
        contract.contractId = id;
        contract.contractNumber = terms.contractNumber();
        contract.customerOrganisation = organisation;
        contract.startsOn = startsOn;
        contract.endsOn = endsOn;
        contract.deviceSerials.addAll(serials);
        contract.terms = json.writeValueAsString(terms);
        contract.persist();
        return id;
    }

    /** A device of the installed base, accepted on {@code acceptedOn} (null: not yet). */
    @Transactional
    public void device(String serial, String organisation, LocalDate acceptedOn, String replacedBy) {
        KnownDevice device = new KnownDevice();
        device.serialNumber = serial;
        device.deviceId = UUID.randomUUID();
        device.customerOrganisation = organisation;
        device.model = "PM-8000";
        device.brand = "迈瑞";
        device.acceptanceDate = acceptedOn;
        device.replacedBySerial = replacedBy;
        device.persist();
    }

    /** The INSPECTION tickets of these devices, whoever opened them. */
    @Transactional
    public long inspectionTickets(List<String> serials) {
        return Ticket.count("deviceSerial in ?1 and kind = ?2", serials, TicketKind.INSPECTION);
    }

    /** The tickets of a contract's generated inspections. */
    @Transactional
    public List<UUID> ticketIds(UUID contractId) {
        return Inspection.<Inspection>list("contractId", contractId).stream().map(i -> i.ticketId).toList();
    }

    /** The inspections generated for a contract, as "serial schedule dueOn", sorted. */
    @Transactional
    public List<String> inspections(UUID contractId) {
        return Inspection.<Inspection>list("contractId = ?1 order by deviceSerial, dueOn, scheduleName", contractId)
                .stream().map(i -> i.deviceSerial + " " + i.scheduleName + " " + i.dueOn).toList();
    }
}
