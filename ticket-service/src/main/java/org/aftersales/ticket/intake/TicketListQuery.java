package org.aftersales.ticket.intake;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.aftersales.events.ticket.Channel;
import org.aftersales.events.ticket.FaultLevel;
import org.aftersales.platform.problem.FieldProblem;
import org.aftersales.platform.problem.ProblemException;
import org.aftersales.platform.security.Organisations;
import org.aftersales.ticket.sla.SlaClock;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query parameters of {@code GET /api/v1/tickets}, as sent. They are read here rather than by JAX-RS so that a
 * value that cannot be read is a 400 naming its parameter (JAX-RS would answer 404).
 */
public class TicketListQuery {

    private static final String DATE = "must be a date such as 2026-11-22";
    private static final String NUMBER = "must be a whole number";

    @QueryParam("status")
    @Parameter(description = "Status; repeat the parameter (or separate by commas) for several",
            schema = @Schema(implementation = TicketStatus[].class))
    public List<String> status;

    @QueryParam("faultLevel")
    @Parameter(description = "故障等级", schema = @Schema(implementation = FaultLevel.class))
    public String faultLevel;

    @QueryParam("kind")
    @Parameter(description = "FAULT, CONSULTATION or INSPECTION", schema = @Schema(implementation = TicketKind.class))
    public String kind;

    @QueryParam("channel")
    @Parameter(description = "How the request came in", schema = @Schema(implementation = Channel.class))
    public String channel;

    @QueryParam("organisation")
    @Parameter(description = "A customer organisation, or a partner and the customers under it", example = "dealer-a")
    public String organisation;

    @QueryParam("deviceSerial")
    @Parameter(description = "The device's serial number, exactly")
    public String deviceSerial;

    @QueryParam("engineer")
    @Parameter(description = "The username of the engineer the ticket is assigned to")
    public String engineer;

    @QueryParam("slaState")
    @Parameter(description = "Tickets with at least one SLA clock now RUNNING, WARNING (预警), PAUSED, BREACHED (超时), "
            + "MET, MET_LATE or STOPPED")
    public String slaState;

    @QueryParam("createdFrom")
    @Parameter(description = "Registered on or after this day (Asia/Shanghai)", example = "2026-11-01")
    public String createdFrom;

    @QueryParam("createdTo")
    @Parameter(description = "Registered on or before this day (Asia/Shanghai)", example = "2026-11-30")
    public String createdTo;

    @QueryParam("page")
    @Parameter(description = "0-based page number; 0 when absent")
    public String page;

    @QueryParam("size")
    @Parameter(description = "Tickets per page, 1 to " + TicketFilter.MAX_SIZE + "; " + TicketFilter.DEFAULT_SIZE
            + " when absent")
    public String size;

    /** The filter these parameters ask for; 400 naming each parameter that cannot be read. */
    public TicketFilter filter() {
        List<FieldProblem> problems = new ArrayList<>();
        Set<TicketStatus> statuses = EnumSet.noneOf(TicketStatus.class);
        if (status != null) {
            status.stream().flatMap(value -> Arrays.stream(value.split(",")))
                    .map(value -> read("status", value, TicketStatus.class, problems))
                    .filter(Objects::nonNull)
                    .forEach(statuses::add);
        }
        LocalDate from = withinCalendar("createdFrom", read("createdFrom", createdFrom, LocalDate::parse, DATE, problems),
                problems);
        LocalDate to = withinCalendar("createdTo", read("createdTo", createdTo, LocalDate::parse, DATE, problems),
                problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(new FieldProblem("createdTo", "must not be before createdFrom"));
        }
        String org = TicketDesk.stripped(organisation);
        if (org != null && !Organisations.isValid(org)) {
            problems.add(new FieldProblem("organisation", "must be an organisation path such as dealer-a/customer-a"));
        }
        Integer pageNumber = read("page", page, Integer::valueOf, NUMBER, problems);
        Integer pageSize = read("size", size, Integer::valueOf, NUMBER, problems);
        if (pageNumber != null && pageNumber < 0) {
            problems.add(new FieldProblem("page", "must be 0 or more"));
        }
        if (pageSize != null && (pageSize < 1 || pageSize > TicketFilter.MAX_SIZE)) {
            problems.add(new FieldProblem("size", "must be between 1 and " + TicketFilter.MAX_SIZE));
        }
        if (pageNumber != null && (long) pageNumber * TicketFilter.MAX_SIZE > Integer.MAX_VALUE) {
            problems.add(new FieldProblem("page", "is beyond any list"));
        }
        TicketFilter filter = new TicketFilter(statuses,
                read("faultLevel", faultLevel, FaultLevel.class, problems),
                read("kind", kind, TicketKind.class, problems),
                read("channel", channel, Channel.class, problems),
                org, TicketDesk.stripped(deviceSerial), TicketDesk.stripped(engineer),
                read("slaState", slaState, SlaClock.State.class, problems), from, to,
                pageNumber == null ? 0 : pageNumber, pageSize == null ? TicketFilter.DEFAULT_SIZE : pageSize);
        if (!problems.isEmpty()) {
            throw ProblemException.badRequest("The query has invalid parameters", problems);
        }
        return filter;
    }

    /** The day when it lies in the years tickets can have (1970–9999), else null and a problem. */
    private static LocalDate withinCalendar(String parameter, LocalDate day, List<FieldProblem> problems) {
        if (day != null && (day.getYear() < 1970 || day.getYear() > 9999)) {
            problems.add(new FieldProblem(parameter, "must be a date between 1970-01-01 and 9999-12-31"));
            return null;
        }
        return day;
    }

    /** The parsed value, or null when absent or blank; a value that cannot be parsed adds a problem. */
    private static <T> T read(String parameter, String value, Function<String, T> parser, String message,
            List<FieldProblem> problems) {
        String text = TicketDesk.stripped(value);
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            problems.add(new FieldProblem(parameter, message));
            return null;
        }
    }

    private static <E extends Enum<E>> E read(String parameter, String value, Class<E> type,
            List<FieldProblem> problems) {
        return read(parameter, value, text -> Enum.valueOf(type, text),
                "must be one of " + Arrays.toString(type.getEnumConstants()), problems);
    }
}
