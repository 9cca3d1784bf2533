package org.aftersales.ticket.inspection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.aftersales.events.ticket.InspectionDue;
import org.aftersales.events.ticket.TicketEvents;
import org.aftersales.platform.outbox.Outbox;
import org.aftersales.platform.installedbase.InstalledBase;
import org.aftersales.ticket.intake.Ticket;
import org.aftersales.ticket.intake.TicketKind;
import org.aftersales.ticket.intake.TicketStatus;
import org.hibernate.query.NativeQuery;

/** Opens INSPECTION tickets, each with its inspection and its {@code aftersales.ticket.inspection-due.v1} event. */
@ApplicationScoped
class InspectionTickets {

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final InstalledBase installedBase;

    InspectionTickets(EntityManager entityManager, Outbox outbox, InstalledBase installedBase) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.installedBase = installedBase;
    }

    /**
     * An inspection to open a ticket for: planned ({@code scheduleName}) or one-off ({@code occasion}).
     *
     * @param contractId the contract that planned it, or the device's contract for a one-off (null when unknown)
     */
    record Due(String customerOrganisation, String deviceSerial, UUID contractId, String scheduleName, String occasion,
            LocalDate dueOn) {
    }

    /**
     * Opens the ticket of {@code due} in the current transaction — unless it is a planned occurrence that already
     * has one. The occurrence is claimed first (insert-if-absent on its unique key), so two replicas or a rerun
     * after a crash never open it twice: the second waits for the first's transaction and then finds it taken.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<Ticket> open(Due due, String createdBy, Instant now) {
        UUID id = UUID.randomUUID();
        int claimed = entityManager.createNativeQuery("""
                        insert into inspection (ticket_id, customer_organisation, contract_id, device_serial,
                                                schedule_name, occasion, due_on, created_at)
                        values (:ticket, :organisation, :contract, :serial, :schedule, :occasion, :dueOn, :createdAt)
                        on conflict (contract_id, device_serial, schedule_name, due_on) where schedule_name is not null
                        do nothing""")
                .unwrap(NativeQuery.class)
                .setParameter("ticket", id, UUID.class)
                .setParameter("organisation", due.customerOrganisation(), String.class)
                .setParameter("contract", due.contractId(), UUID.class)
                .setParameter("serial", due.deviceSerial(), String.class)
                .setParameter("schedule", due.scheduleName(), String.class)
                .setParameter("occasion", due.occasion(), String.class)
                .setParameter("dueOn", due.dueOn(), LocalDate.class)
                .setParameter("createdAt", now, Instant.class)
                .executeUpdate();
        if (claimed == 0) {
            return Optional.empty();
        }
        Ticket ticket = new Ticket();
        ticket.id = id;
        ticket.kind = TicketKind.INSPECTION;
        ticket.customerOrganisation = due.customerOrganisation();
        ticket.deviceSerial = due.deviceSerial();
        installedBase.device(due.deviceSerial(), due.customerOrganisation()).ifPresent(device -> {
            ticket.deviceKnown = true;
            ticket.deviceId = device.deviceId;
        });
        ticket.contractId = due.contractId();
        ticket.description = due.scheduleName() != null
                ? "巡检 (" + due.scheduleName() + "), due " + due.dueOn()
                : "重大活动保障巡检 (" + due.occasion() + "), due " + due.dueOn();
        ticket.status = TicketStatus.NEW;
        ticket.createdBy = createdBy;
        ticket.createdAt = now;
        ticket.reportedAt = now;
        ticket.updatedAt = now;
        ticket.persist();
        outbox.append(TicketEvents.INSPECTION_DUE, id.toString(), now, new InspectionDue(id,
                due.customerOrganisation(), due.deviceSerial(), due.contractId(), due.scheduleName(), due.occasion(),
                due.dueOn()));
        return Optional.of(ticket);
    }
}
