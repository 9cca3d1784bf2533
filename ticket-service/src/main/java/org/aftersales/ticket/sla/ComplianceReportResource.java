package org.aftersales.ticket.sla;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.aftersales.calendar.ServiceCalendar;
import org.aftersales.platform.problem.FieldProblem;
import org.aftersales.platform.problem.ProblemException;
import org.aftersales.platform.problem.QueryParameters;
import org.aftersales.platform.security.Caller;
import org.aftersales.platform.security.OrganisationScope;
import org.aftersales.platform.security.Organisations;
import org.aftersales.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 服务达标率: the share of SLA targets met per kind of target, for the clocks started in a period, optionally
 * for one contract and for one organisation with those under it (a partner and its customers).
 */
@Path("/api/v1/compliance-reports")
@Tag(name = "SLA clocks")
@Produces(MediaType.APPLICATION_JSON)
public class ComplianceReportResource {

    private static final long LONGEST_PERIOD_DAYS = 400;

    /** A clock with a breach that a reclassification withdrew. */
    private static final String WITHDRAWN_BREACH =
            "exists (select b.id from SlaBreach b where b.clockId = c.id and b.withdrawnAt is not null)";

    private final EntityManager entityManager;
    private final Caller caller;
    private final Clock clock;

    ComplianceReportResource(EntityManager entityManager, Caller caller, Clock clock) {
        this.clock = clock;
        this.entityManager = entityManager;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.MANAGER, Roles.PARTNER})
    @Operation(summary = "SLA compliance per kind of target for a period, contract and organisation",
            description = "Counts the clocks started from `from` to `to` (whole days in Asia/Shanghai, both included). "
                    + "`compliance` is met on time ÷ (met on time + met late + breached), in percent; withdrawn "
                    + "breaches are "
                    + "counted apart (`withdrawnBreaches`); open clocks "
                    + "(not yet due) and clocks of cancelled tickets are listed but not counted. Partners see their "
                    + "own organisations only.")
    @APIResponse(responseCode = "200", description = "The report")
    @APIResponse(responseCode = "400", description = "Missing or malformed period, contract or organisation")
    public ComplianceReport report(
            @Parameter(description = "First day, e.g. 2026-11-01") @QueryParam("from") @NotBlank String from,
            @Parameter(description = "Last day, included") @QueryParam("to") @NotBlank String to,
            @Parameter(description = "Only this contract") @QueryParam("contractId") String contractId,
            @Parameter(description = "Only this organisation and those under it, e.g. a partner: dealer-a")
            @QueryParam("organisation") @Pattern(regexp = Organisations.PATTERN, message = "must be an organisation path")
            String organisation) {
        LocalDate first = QueryParameters.date("from", from);
        LocalDate last = QueryParameters.date("to", to);
        UUID contract = QueryParameters.uuid("contractId", contractId);
        if (last.isBefore(first) || ChronoUnit.DAYS.between(first, last) >= LONGEST_PERIOD_DAYS) {
            throw ProblemException.badRequest("The period must run forward and span at most " + LONGEST_PERIOD_DAYS
                    + " days", List.of(new FieldProblem("to", "must be on or after from, within "
                    + LONGEST_PERIOD_DAYS + " days")));
        }
        OrganisationScope scope = organisation == null ? caller.scope() : caller.scope().narrowedTo(organisation);
        Instant now = Instant.now(clock);
        String query = """
                select c.target, %s, %s, %s, %s, %s, %s
                from TicketClock c, TicketTerms t
                where c.ticketId = t.ticketId and c.startedAt >= :start and c.startedAt < :end
                  and %s %s
                group by c.target""".formatted(count(ClockStates.condition(SlaClock.State.MET)),
                count(ClockStates.condition(SlaClock.State.MET_LATE)),
                count(ClockStates.condition(SlaClock.State.BREACHED)), count(ClockStates.OPEN),
                count(ClockStates.condition(SlaClock.State.STOPPED)), count(WITHDRAWN_BREACH),
                scope.jpql("t.customerOrganisation"),
                contract == null ? "" : "and t.contractId = :contractId");
        var typed = entityManager.createQuery(query, Object[].class)
                .setParameter("now", now)
                .setParameter("start", first.atStartOfDay(ServiceCalendar.DEFAULT_ZONE).toInstant())
                .setParameter("end", last.plusDays(1).atStartOfDay(ServiceCalendar.DEFAULT_ZONE).toInstant());
        scope.parameters().forEach(typed::setParameter);
        if (contract != null) {
            typed.setParameter("contractId", contract);
        }
        Map<SlaClock.Target, TargetCompliance> rows = typed.getResultList().stream()
                .map(row -> TargetCompliance.of((SlaClock.Target) row[0], asLong(row[1]), asLong(row[2]),
                        asLong(row[3]), asLong(row[4]), asLong(row[5]), asLong(row[6])))
                .collect(Collectors.toMap(TargetCompliance::target, Function.identity()));
        List<TargetCompliance> targets = Arrays.stream(SlaClock.Target.values())
                .map(target -> rows.getOrDefault(target, TargetCompliance.of(target, 0, 0, 0, 0, 0, 0)))
                .toList();
        return new ComplianceReport(first, last, organisation, contract, now, targets);
    }

    /**
     * @param asOf when the report was computed: clocks past their deadline then count as breached
     */
    public record ComplianceReport(
            @Schema(description = "The period's first day (Asia/Shanghai)", required = true) LocalDate from,
            @Schema(description = "The period's last day, included", required = true) LocalDate to,
            @Schema(description = "The organisation asked for; null: all the caller's") String organisation,
            @Schema(description = "The contract asked for; null: all", nullable = true) UUID contractId,
            @Schema(description = "When the report was computed (ISO-8601, UTC): clocks past their deadline then"
                    + " count as breached", required = true) Instant asOf,
            @Schema(description = "One line per kind of target") List<TargetCompliance> targets) {
    }

    /**
     * One kind of target.
     *
     * @param withdrawnBreaches clocks whose breach a reclassification withdrew, counted apart (a clock breached again
     *     on its new target is also among {@code breached} or {@code metLate})
     * @param compliance met on time ÷ decided clocks, in percent with one decimal; null when none is decided
     */
    public record TargetCompliance(
            @Schema(description = "The kind of target", required = true) SlaClock.Target target,
            @Schema(description = "Clocks met on time (达标)") long met,
            @Schema(description = "Clocks met after the deadline (超时完成)") long metLate,
            @Schema(description = "Clocks past their deadline and not met (超时)") long breached,
            @Schema(description = "Clocks not yet due, listed but not counted") long open,
            @Schema(description = "Clocks of cancelled tickets, listed but not counted") long stopped,
            @Schema(description = "Clocks whose breach a reclassification withdrew, counted apart")
            long withdrawnBreaches,
            @Schema(description = "Met on time ÷ decided clocks, in percent with one decimal; null when none is"
                    + " decided") BigDecimal compliance) {

        static TargetCompliance of(SlaClock.Target target, long met, long metLate, long breached, long open,
                long stopped, long withdrawnBreaches) {
            long decided = met + metLate + breached;
            BigDecimal share = decided == 0 ? null : BigDecimal.valueOf(met * 100L)
                    .divide(BigDecimal.valueOf(decided), 1, RoundingMode.HALF_UP);
            return new TargetCompliance(target, met, metLate, breached, open, stopped, withdrawnBreaches, share);
        }
    }

    /** How many clocks of a group meet the condition. */
    private static String count(String condition) {
        return "sum(case when " + condition + " then 1 else 0 end)";
    }

    private static long asLong(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
