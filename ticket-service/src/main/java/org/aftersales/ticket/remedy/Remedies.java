package org.aftersales.ticket.remedy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.aftersales.events.CloudEvent;
import org.aftersales.events.device.RemedyDue;
import org.aftersales.events.ticket.Channel;
import org.aftersales.events.ticket.FaultLevel;
import org.aftersales.platform.security.Caller;
import org.aftersales.ticket.intake.NewTicket;
import org.aftersales.ticket.intake.Ticket;
import org.aftersales.ticket.intake.TicketDesk;
import org.aftersales.ticket.intake.TicketKind;
import org.aftersales.ticket.intake.TicketStatus;
import org.hibernate.query.NativeQuery;
import org.jboss.logging.Logger;

/**
 * 三包处理 on the service desk: puts each exchange or refund that warranty-service declares due
 * ({@code aftersales.device.remedy-due.v1}) on a ticket, where agents arrange it with the customer.
 *
 * <ul>
 *   <li>The remedy goes on the device's newest open FAULT ticket of the event's organisation (open: not RESOLVED,
 *       CONFIRMED, CLOSED or CANCELLED — e.g. the triggering ticket, reopened meanwhile). That ticket's version
 *       moves, so an agent holding an older ETag reads it again before acting. Open consultations and inspections
 *       do not carry it: they end without a repair, and the exchange would end with them.</li>
 *   <li>Otherwise — the usual case, as the triggering ticket was just resolved — a FAULT ticket is raised for it
 *       through {@link TicketDesk} (SLA clocks start, {@code created.v1} is published): channel
 *       {@link Channel#WARRANTY}, created by {@value #RAISED_BY}, a Chinese description naming remedy, component,
 *       fault, repairs and rule; the triggering ticket's fault level (the fault is still the same; MAJOR 二级 when it
 *       has none) and fault type, and its contact, or the contact of the device's newest ticket that has one. With
 *       nobody to call back the event fails and goes to the dead-letter topic for a person to handle.</li>
 *   <li>Applied once: the inbox skips a repeated event id, and the remedy is claimed on its unique key (source ticket,
 *       remedy, component, fault) before anything else, so the same crossing published again under a new id does
 *       nothing either. An unknown remedy name fails the event (dead letter) rather than guess.</li>
 * </ul>
 */
@ApplicationScoped
public class Remedies {

    /** Who raises the tickets for remedies: the service that declared them due. */
    static final String RAISED_BY = "warranty-service";

    private static final Logger LOG = Logger.getLogger(Remedies.class);
    private static final Set<TicketStatus> DONE = EnumSet.of(TicketStatus.RESOLVED, TicketStatus.CONFIRMED,
            TicketStatus.CLOSED, TicketStatus.CANCELLED);
    private static final String WHOLE_UNIT = "whole-unit";
    private static final int DESCRIPTION_LIMIT = 4000;

    private final TicketDesk desk;
    private final EntityManager entityManager;
    private final Clock clock;

    Remedies(TicketDesk desk, EntityManager entityManager, Clock clock) {
        this.desk = desk;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Applies a {@code remedy-due} event, inside the inbox's transaction (see the type's rules). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void due(CloudEvent<RemedyDue> event) {
        RemedyDue due = event.data();
        Remedy remedy = Remedy.named(due.remedy());
        Instant now = Instant.now(clock);
        Optional<Ticket> open = Ticket.<Ticket>find("deviceSerial = ?1 and customerOrganisation = ?2 and kind = ?3 "
                        + "and status not in ?4 order by createdAt desc",
                        due.deviceSerial(), due.customerOrganisation(), TicketKind.FAULT, DONE)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
        UUID ticketId = open.map(ticket -> ticket.id).orElseGet(UUID::randomUUID);
        if (!claim(event, remedy, ticketId, open.isEmpty(), now)) {
            LOG.infof("remedy %s of ticket %s for %s/%s is recorded already; skipping event %s", remedy,
                    due.ticketId(), due.component(), due.faultCode(), event.id());
            return;
        }
        Ticket ticket = open.orElseGet(() -> desk.register(ticketId, newTicket(due, remedy), RAISED_BY));
        if (open.isPresent()) {
            ticket.updatedAt = now;
        }
        ticket.remedyDue = TicketRemedy.<TicketRemedy>find("ticketId = ?1 order by dueAt desc, recordedAt desc",
                ticket.id).firstResult().remedy;
        LOG.infof("remedy %s for device %s %s ticket %s", remedy, due.deviceSerial(),
                open.isPresent() ? "put on open" : "raised", ticket.id);
    }

    /** The remedies put on a ticket, oldest first; 404 when the caller may not see the ticket. */
    public List<TicketRemedy> onTicket(UUID ticketId, Caller caller) {
        desk.find(ticketId, caller);
        return TicketRemedy.list("ticketId = ?1 order by dueAt, recordedAt", ticketId);
    }

    /** Inserts the remedy unless its unique key is taken; whether it was. */
    private boolean claim(CloudEvent<RemedyDue> event, Remedy remedy, UUID ticketId, boolean createdTicket,
            Instant now) {
        RemedyDue due = event.data();
        return entityManager.createNativeQuery("""
                        insert into ticket_remedy (id, ticket_id, created_ticket, customer_organisation, device_id,
                                device_serial, product, component, fault_code, remedy, options, repairs_counted,
                                policy_id, rule_id, reason_zh, reason_en, source_ticket_id, due_at, event_id,
                                recorded_at)
                        values (:id, :ticket, :created, :organisation, :device, :serial, :product, :component, :fault,
                                :remedy, :options, :repairs, :policy, :rule, :reasonZh, :reasonEn,
                                :source, :dueAt, :event, :now)
                        on conflict (source_ticket_id, remedy, component, fault_code) do nothing""")
                .unwrap(NativeQuery.class)
                .setParameter("id", UUID.randomUUID(), UUID.class)
                .setParameter("ticket", ticketId, UUID.class)
                .setParameter("created", createdTicket, Boolean.class)
                .setParameter("organisation", due.customerOrganisation(), String.class)
                .setParameter("device", due.deviceId(), UUID.class)
                .setParameter("serial", due.deviceSerial(), String.class)
                .setParameter("product", due.product(), String.class)
                .setParameter("component", due.component(), String.class)
                .setParameter("fault", due.faultCode(), String.class)
                .setParameter("remedy", remedy.name(), String.class)
                .setParameter("options", due.options().toArray(String[]::new), String[].class)
                .setParameter("repairs", due.repairsCounted(), Integer.class)
                .setParameter("policy", due.policyId(), String.class)
                .setParameter("rule", due.ruleId(), String.class)
                .setParameter("reasonZh", due.reasonZh(), String.class)
                .setParameter("reasonEn", due.reasonEn(), String.class)
                .setParameter("source", due.ticketId(), UUID.class)
                .setParameter("dueAt", due.dueAt(), Instant.class)
                .setParameter("event", event.id(), UUID.class)
                .setParameter("now", now, Instant.class)
                .executeUpdate() == 1;
    }

    /** The FAULT ticket raised for a remedy when the device has no open one (see the type's rules). */
    private static NewTicket newTicket(RemedyDue due, Remedy remedy) {
        Optional<Ticket> source = Ticket.<Ticket>findByIdOptional(due.ticketId())
                .filter(ticket -> ticket.customerOrganisation.equals(due.customerOrganisation()));
        Ticket contact = source.filter(ticket -> ticket.contactName != null)
                .or(() -> Ticket.<Ticket>find("deviceSerial = ?1 and customerOrganisation = ?2 "
                                + "and contactName is not null order by createdAt desc",
                        due.deviceSerial(), due.customerOrganisation()).firstResultOptional())
                .orElseThrow(() -> new IllegalStateException("remedy " + remedy + " is due for device "
                        + due.deviceSerial() + " of " + due.customerOrganisation()
                        + ", but no ticket of it names anybody to call back"));
        return new NewTicket(due.deviceSerial(), due.customerOrganisation(), description(due, remedy),
                source.map(ticket -> ticket.faultLevel).orElse(FaultLevel.MAJOR),
                new NewTicket.ContactDetails(contact.contactName, contact.contactPhone, contact.contactDepartment,
                        contact.site),
                TicketKind.FAULT, Channel.WARRANTY, source.map(ticket -> ticket.faultType).orElse(null), null);
    }

    /**
     * E.g. 三包：部件 power-supply 故障 NO-POWER 已修理 2 次，应予退货（可选：更换、退货）。依据 CN-GOODS-1995 1995.R3：…；
     * 源工单 …. Cut to the ticket's 4000 characters.
     */
    static String description(RemedyDue due, Remedy remedy) {
        String what = WHOLE_UNIT.equals(due.component()) ? "整机" : "部件 " + due.component();
        String options = due.options().stream().map(Remedy::chineseOf).collect(Collectors.joining("、"));
        String text = "三包：" + what + " 故障 " + due.faultCode() + " 已修理 " + due.repairsCounted() + " 次，应予"
                + remedy.chinese() + (options.isEmpty() ? "" : "（可选：" + options + "）") + "。依据 " + due.policyId()
                + " " + due.ruleId() + (due.reasonZh() == null ? "" : "：" + due.reasonZh()) + "；源工单 "
                + due.ticketId();
        return text.length() <= DESCRIPTION_LIMIT ? text : text.substring(0, DESCRIPTION_LIMIT - 1) + "…";
    }
}
