package org.aftersales.warranty.history;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.aftersales.events.CloudEvent;
import org.aftersales.events.ticket.InspectionDone;
import org.aftersales.events.ticket.TicketEvents;
import org.aftersales.events.ticket.TicketResolved;
import org.aftersales.platform.inbox.EventHandlers;
import org.aftersales.platform.inbox.EventInbox;
import org.aftersales.warranty.claim.RemedyDueWatch;
import org.aftersales.warranty.installedbase.Device;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps each device's history from ticket-service's events, applying each event once: repairs from resolved tickets
 * and inspections (巡检) with their record sheets. After a repair, in the same transaction, it lets {@link RemedyDueWatch} publish {@code aftersales.device.remedy-due.v1} when the history makes an
 * exchange or refund due.
 */
@ApplicationScoped
public class DeviceHistoryConsumer {

    private final EventInbox inbox;
    private final EventHandlers handlers;
    private final RemedyDueWatch remedies;

    DeviceHistoryConsumer(EventInbox inbox, RemedyDueWatch remedies) {
        this.inbox = inbox;
        this.remedies = remedies;
        this.handlers = new EventHandlers()
                .on(TicketEvents.RESOLVED, this::ticketResolved)
                .on(TicketEvents.INSPECTION_DONE, this::inspectionDone);
    }

    @Incoming("ticket-events")
    @Blocking
    public void consume(String message) {
        inbox.consume(message, handlers);
    }

    private void ticketResolved(CloudEvent<TicketResolved> event) {
        TicketResolved resolved = event.data();
        RepairRecord record = new RepairRecord();
        record.id = UUID.randomUUID();
        record.eventId = event.id();
        record.ticketId = resolved.ticketId();
        record.deviceId = Device.ofTicket(resolved.deviceId(), resolved.deviceSerial(), resolved.customerOrganisation())
                .map(device -> device.id).orElse(null);
        record.deviceSerial = resolved.deviceSerial();
        record.customerOrganisation = resolved.customerOrganisation();
        record.component = resolved.component();
        record.faultCode = resolved.faultCode();
        record.repairStartedAt = resolved.repairStartedAt();
        record.repairEndedAt = resolved.repairEndedAt();
        record.partsUsed = String.join(",", resolved.partsUsed());
        record.faultGone = resolved.faultGone();
        record.resolvedBy = resolved.resolvedBy();
        record.stoppedWork = Boolean.TRUE.equals(resolved.stoppedWork());
        record.partsWaiting = resolved.partsWaiting();
        record.delay = RepairRecord.delay(resolved.delayCause());
        record.persist();
        remedies.repairRecorded(record);
    }

    private void inspectionDone(CloudEvent<InspectionDone> event) {
        InspectionDone done = event.data();
        InspectionRecord record = new InspectionRecord();
        record.id = UUID.randomUUID();
        record.ticketId = done.ticketId();
        record.deviceId = Device.ofTicket(null, done.deviceSerial(), done.customerOrganisation())
                .map(device -> device.id).orElse(null);
        record.deviceSerial = done.deviceSerial();
        record.customerOrganisation = done.customerOrganisation();
        record.inspectedAt = done.inspectedAt();
        record.grounding = done.grounding();
        record.dust = done.dust();
        record.operatingState = done.operatingState();
        record.softwareVersion = done.softwareVersion();
        record.findings = done.findings();
        record.inspectedBy = done.inspectedBy();
        record.persist();
    }
}
