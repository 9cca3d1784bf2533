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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
    public record TicketClocksView(
            @Schema(description = "The terms the ticket runs on; null for an inspection ticket", nullable = true)
            TermsView terms,
            @Schema(description = "Its SLA clocks (响应, 到场, 修复, reports), each read now") List<ClockView> clocks,
            @Schema(description = "Its stored breaches (超时记录)") List<BreachView> breaches) {
    }

    /**
     * The terms the ticket runs on.
     *
     * @param source {@code CONTRACT} or {@code DEFAULT} (the device has no contract in force)
     * @param coverage {@code ALWAYS} (7×24) or {@code WORKING_HOURS} ({@code opens}–{@code closes} on working days)
     * @param pausesOn the waits that stop the clocks, e.g. {@code WAITING_FOR_CUSTOMER}
     */
    public record TermsView(
            @Schema(description = "CONTRACT, or DEFAULT when the device has no contract in force") String source,
            @Schema(description = "The contract in force; null on the default terms", nullable = true)
            UUID contractId,
            @Schema(description = "The contract's number, e.g. HT-2026-001; null on the default terms")
            String contractNumber,
            @Schema(description = "The service commitment (服务承诺) applied; null on the default terms")
            String commitmentId,
            @Schema(description = "The version of that commitment; null on the default terms")
            Integer commitmentVersion,
            @Schema(description = "The service level matching the ticket's fault level, e.g. A; null without a fault"
                    + " level") String serviceLevel,
            @Schema(description = "ALWAYS (7×24) or WORKING_HOURS (opens–closes on working days)") String coverage,
            @Schema(description = "The time zone of the service hours", examples = "Asia/Shanghai") String zone,
            @Schema(description = "When the service hours start on a working day; null for ALWAYS", nullable = true)
            LocalTime opens,
            @Schema(description = "When the service hours end on a working day; null for ALWAYS", nullable = true)
            LocalTime closes,
            @Schema(description = "The waits that stop the clocks, e.g. WAITING_FOR_CUSTOMER") List<String> pausesOn) {

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
    public record ClockView(
            @Schema(description = "What is promised: RESPONSE 响应, ON_SITE 到场, RESOLUTION 修复 or a report",
                    required = true) SlaClock.Target target,
            @Schema(description = "The promise: PT2H or 3 working days") String targetTime,
            @Schema(description = "When the clock started (ISO-8601, UTC)", required = true) Instant startedAt,
            @Schema(description = "When it is due (ISO-8601, UTC); while paused: if it resumed now", required = true)
            Instant deadline,
            @Schema(description = "When the running time reaches the warning share (预警) (ISO-8601, UTC)",
                    required = true) Instant warningAt,
            @Schema(description = "Business time counted so far (ISO-8601 duration)", required = true)
            Duration elapsed,
            @Schema(description = "Business time spent paused (ISO-8601 duration)", required = true) Duration paused,
            @Schema(description = "Business time left (ISO-8601 duration); negative once over", required = true)
            Duration remaining,
            @Schema(description = "RUNNING, PAUSED, WARNING, BREACHED (超时), MET (达标) or MET_LATE", required = true)
            SlaClock.State state,
            @Schema(description = "When the target was met (ISO-8601, UTC); null while not met", nullable = true)
            Instant metAt,
            @Schema(description = "The deadline rests on a year whose holidays are not announced yet, so it may move")
            boolean guessed) {

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
    public record BreachView(
            @Schema(description = "The target that was missed", required = true) SlaClock.Target target,
            @Schema(description = "The promise broken, e.g. HT-2026-0042 · seed-001-plant-equipment v1 · level A ·"
                    + " ON_SITE PT30M") String commitment,
            @Schema(description = "When the target was due (ISO-8601, UTC)", required = true) Instant promisedAt,
            @Schema(description = "When it was met after all (ISO-8601, UTC); null while not met", nullable = true)
            Instant actualAt,
            @Schema(description = "When the breach was recorded (ISO-8601, UTC)", required = true) Instant breachedAt,
            @Schema(description = "What the contract says follows, e.g. a penalty; null when it says nothing")
            String consequence,
            @Schema(description = "When a reclassification took away the target it was measured against (ISO-8601,"
                    + " UTC); null while it stands", nullable = true) Instant withdrawnAt,
            @Schema(description = "Who withdrew it by reclassifying; null while it stands") String withdrawnBy,
            @Schema(description = "Why it was withdrawn; null while it stands") String withdrawalReason) {

        static BreachView of(SlaBreach breach) {
            return new BreachView(breach.target, breach.commitment, breach.promisedAt, breach.actualAt,
                    breach.breachedAt, breach.consequence, breach.withdrawnAt, breach.withdrawnBy,
                    breach.withdrawalReason);
        }
    }
}
