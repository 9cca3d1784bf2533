package org.aftersales.ticket.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.aftersales.platform.problem.ProblemException;
import org.aftersales.platform.security.Caller;

/** The phone-support records (电话支持记录单) of a ticket: appended, never changed. */
@ApplicationScoped
public class PhoneSupportLog {

    /** A closed or cancelled ticket takes no more records; one that is only resolved may still get calls. */
    static final Set<TicketStatus> FINISHED = EnumSet.of(TicketStatus.CLOSED, TicketStatus.CANCELLED);

    private final TicketDesk desk;
    private final Clock clock;

    PhoneSupportLog(TicketDesk desk, Clock clock) {
        this.desk = desk;
        this.clock = clock;
    }

    /** Appends a record: 404 outside the caller's organisations, 409 when the ticket is closed or cancelled. */
    @Transactional
    public PhoneSupportRecord append(UUID ticketId, NewPhoneSupportRecord request, Caller caller) {
        Ticket ticket = desk.find(ticketId, caller);
        if (FINISHED.contains(ticket.status)) {
            throw ProblemException.conflict("A ticket that is " + ticket.status + " takes no phone-support records");
        }
        PhoneSupportRecord record = new PhoneSupportRecord();
        record.id = UUID.randomUUID();
        record.ticketId = ticket.id;
        record.problem = request.problem().strip();
        record.diagnosis = TicketDesk.stripped(request.diagnosis());
        record.solution = TicketDesk.stripped(request.solution());
        record.recordedBy = caller.username();
        record.recordedAt = Instant.now(clock);
        record.persist();
        return record;
    }

    /** The ticket's records, oldest first. */
    public List<PhoneSupportRecord> records(UUID ticketId, Caller caller) {
        desk.find(ticketId, caller);
        return PhoneSupportRecord.list("ticketId = ?1 order by recordedAt", ticketId);
    }
}
