package org.aftersales.ticket.sla;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.aftersales.platform.security.Caller;
import org.aftersales.ticket.intake.Ticket;
import org.aftersales.ticket.intake.TicketDesk;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tickets/{id}/clocks")
@Tag(name = "SLA clocks", description = "SLA 计时: the ticket's promises and where each stands")
@Produces(MediaType.APPLICATION_JSON)
public class ClocksResource {

    private final TicketDesk desk;
    private final ClockStore clocks;
    private final Caller caller;
    private final Clock clock;

    ClocksResource(TicketDesk desk, ClockStore clocks, Caller caller, Clock clock) {
        this.clock = clock;
        this.desk = desk;
        this.clocks = clocks;
        this.caller = caller;
    }

    @GET
    @Authenticated
    @Operation(summary = "The ticket's SLA clocks: terms, and per target the deadline, elapsed, paused, remaining time "
            + "and state; with the breaches stored")
    @APIResponse(responseCode = "200", description = "The clocks, read now")
    @APIResponse(responseCode = "404", description = "No such ticket in the caller's organisations")
    public TicketClocksView clocks(@PathParam("id") UUID id) {
        Ticket ticket = desk.find(id, caller);
        Instant now = Instant.now(clock);
        return clocks.terms(ticket.id).map(terms -> new TicketClocksView(TermsView.of(terms, ticket),
                        clocks.clocks(ticket.id).stream().map(clock -> ClockView.of(clock,
                                clocks.read(clock, terms, now))).toList(),
                        clocks.breaches(ticket.id).stream().map(BreachView::of).toList()))
                .orElseGet(() -> new TicketClocksView(null, List.of(), List.of()));
    }

    /** The clocks of a ticket; no terms and no clocks for an inspection ticket. */
    public record TicketClocksView(TermsView terms, List<ClockView> clocks, List<BreachView> breaches) {
    }

    /**
     * The terms the ticket runs on.
     *
     * @param source {@code CONTRACT} or {@code DEFAULT} (the device has no contract in force)
     * @param coverage {@code ALWAYS} (7×24) or {@code WORKING_HOURS} ({@code opens}–{@code closes} on working days)
     * @param pausesOn the waits that stop the clocks, e.g. {@code WAITING_FOR_CUSTOMER}
     */
    public record TermsView(String source, UUID contractId, String contractNumber, String commitmentId,
            Integer commitmentVersion, String serviceLevel, String coverage, String zone, LocalTime opens,
            LocalTime closes, List<String> pausesOn) {

        static TermsView of(SlaTerms terms, Ticket ticket) {
            return new TermsView(terms.source(), terms.contractId(), terms.contractNumber(), terms.commitmentId(),
                    terms.commitmentVersion(), ticket.faultLevel == null ? null
                            : terms.serviceLevel(ticket.faultLevel).orElse(null),
                    terms.calendar().coverage(), terms.serviceCalendar().zone().getId(), terms.calendar().from(),
                    terms.calendar().to(), terms.pauses());
        }
    }

    /**
     * One clock read now. Durations are ISO-8601 business time.
     *
     * @param targetTime the promise: {@code PT2H} or {@code 3 working days}
     * @param deadline when it is due (while paused: if it resumed now)
     * @param remaining negative once over
     * @param guessed the deadline rests on a year whose holidays are not announced yet, so it may move
     */
    public record ClockView(SlaClock.Target target, String targetTime, Instant startedAt, Instant deadline,
            Instant warningAt, Duration elapsed, Duration paused, Duration remaining, SlaClock.State state,
            Instant metAt, boolean guessed) {

        static ClockView of(TicketClock clock, SlaClock.Reading reading) {
            return new ClockView(clock.target, clock.targetTime, clock.startedAt, reading.deadline(),
                    reading.warningAt(), reading.elapsed(), reading.paused(), reading.remaining(), reading.state(),
                    clock.metAt, reading.guessed());
        }
    }

    /**
     * A stored breach (超时记录), never deleted.
     *
     * @param withdrawnAt when a reclassification took away the target it was measured against; null while it stands
     */
    public record BreachView(SlaClock.Target target, String commitment, Instant promisedAt, Instant actualAt,
            Instant breachedAt, String consequence, Instant withdrawnAt, String withdrawnBy, String withdrawalReason) {

        static BreachView of(SlaBreach breach) {
            return new BreachView(breach.target, breach.commitment, breach.promisedAt, breach.actualAt,
                    breach.breachedAt, breach.consequence, breach.withdrawnAt, breach.withdrawnBy,
                    breach.withdrawalReason);
        }
    }
}
