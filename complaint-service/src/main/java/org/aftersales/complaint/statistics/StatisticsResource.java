package org.aftersales.complaint.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aftersales.calendar.ServiceCalendar;
import org.aftersales.platform.problem.FieldProblem;
import org.aftersales.platform.problem.ProblemException;
import org.aftersales.platform.problem.QueryParameters;
import org.aftersales.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Root-cause statistics for the monthly quality review (防止再发). */
@Path("/api/v1/complaints/statistics")
@Tag(name = "Complaints")
@RolesAllowed(Roles.MANAGER)
public class StatisticsResource {

    private static final String CSV = "text/csv";

    /** The dimensions counted, each a column of {@code complaint}. */
    private static final Map<String, String> DIMENSIONS = new LinkedHashMap<>();

    static {
        DIMENSIONS.put("category", "category");
        DIMENSIONS.put("rootCause", "root_cause");
        DIMENSIONS.put("product", "product_model");
        DIMENSIONS.put("batch", "lot_number");
        DIMENSIONS.put("department", "department");
        DIMENSIONS.put("month", "to_char(received_at at time zone 'Asia/Shanghai', 'YYYY-MM')");
    }

    private final EntityManager entityManager;

    StatisticsResource(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** One count. */
    public record Count(String dimension, String key, long complaints) {
    }

    /**
     * The report: counts by dimension, repeats (a customer or product with more than one complaint) and the share of
     * complaint deadlines met in time.
     */
    public record Report(LocalDate from, LocalDate to, long complaints, List<Count> counts, List<Count> repeats,
            long deadlinesDecided, long deadlinesMet, BigDecimal percentMet) {
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(summary = "Root-cause statistics of the complaints received in a period (days in Asia/Shanghai)",
            description = "Counts by category, root cause, product (model), batch, department and month; repeat "
                    + "complaints by customer organisation and product; the share of deadlines met in time. "
                    + "JSON, or with Accept: text/csv the counts and repeats as CSV (section,dimension,key,complaints).")
    @APIResponse(responseCode = "200", description = "The report")
    @APIResponse(responseCode = "400", description = "A date that cannot be read, or from after to")
    public Response get(@QueryParam("from") String from, @QueryParam("to") String to, @Context HttpHeaders headers) {
        Report report = report(from, to);
        boolean csv = headers.getAcceptableMediaTypes().stream().findFirst()
                .map(type -> type.isCompatible(MediaType.valueOf(CSV)) && !type.isWildcardType()).orElse(false);
        if (!csv) {
            return Response.ok(report, MediaType.APPLICATION_JSON).build();
        }
        return Response.ok(csv(report), CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=complaint-statistics.csv").build();
    }

    Report report(String from, String to) {
        LocalDate first = QueryParameters.date("from", from);
        LocalDate last = QueryParameters.date("to", to);
        if (first != null && last != null && first.isAfter(last)) {
            throw ProblemException.badRequest("The period is empty",
                    List.of(new FieldProblem("from", "must not be after to")));
        }
        String period = " where received_at >= ?1 and received_at < ?2";
        Timestamp start = Timestamp.from((first == null ? LocalDate.of(2000, 1, 1) : first)
                .atStartOfDay(ServiceCalendar.DEFAULT_ZONE).toInstant());
        Timestamp end = Timestamp.from((last == null ? LocalDate.of(2999, 12, 31) : last).plusDays(1)
                .atStartOfDay(ServiceCalendar.DEFAULT_ZONE).toInstant());
        List<Count> counts = new ArrayList<>();
        DIMENSIONS.forEach((name, column) -> counts.addAll(counts(name, "select " + column + ", count(*) from complaint"
                + period + " and " + column + " is not null group by 1 order by 2 desc, 1", start, end)));
        List<Count> repeats = new ArrayList<>();
        repeats.addAll(counts("customer", "select customer_organisation, count(*) from complaint" + period
                + " and customer_organisation is not null group by 1 having count(*) > 1 order by 2 desc, 1",
                start, end));
        repeats.addAll(counts("product", "select product_model, count(*) from complaint" + period
                + " and product_model is not null group by 1 having count(*) > 1 order by 2 desc, 1", start, end));
        long total = ((Number) query("select count(*) from complaint" + period, start, end).getSingleResult())
                .longValue();
        Object[] deadlines = (Object[]) query("""
                        select count(*) filter (where d.state in ('MET', 'MET_LATE', 'BREACHED')),
                               count(*) filter (where d.state = 'MET')
                        from deadline d join complaint c on d.subject like cast(c.id as varchar) || '/%'""" + period
                .replace("received_at", "c.received_at") + " and d.kind like 'complaint-%'", start, end)
                .getSingleResult();
        long decided = ((Number) deadlines[0]).longValue();
        long met = ((Number) deadlines[1]).longValue();
        return new Report(first, last, total, counts, repeats, decided, met, decided == 0 ? null
                : BigDecimal.valueOf(met * 100).divide(BigDecimal.valueOf(decided), 1, RoundingMode.HALF_UP));
    }

    private static String csv(Report report) {
        StringBuilder csv = new StringBuilder("section,dimension,key,complaints\r\n");
        report.counts().forEach(c -> row(csv, "count", c));
        report.repeats().forEach(c -> row(csv, "repeat", c));
        return csv.toString();
    }

    private static void row(StringBuilder csv, String section, Count count) {
        csv.append(section).append(',').append(count.dimension()).append(',').append(quoted(count.key())).append(',')
                .append(count.complaints()).append("\r\n");
    }

    /** A CSV field, quoted; a leading formula character is neutralised so spreadsheets show it as text. */
    private static String quoted(String value) {
        String text = value.matches("^[=+\\-@].*") ? "'" + value : value;
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    @SuppressWarnings("unchecked")
    private List<Count> counts(String dimension, String sql, Timestamp start, Timestamp end) {
        List<Object[]> rows = query(sql, start, end).getResultList();
        return rows.stream().map(r -> new Count(dimension, String.valueOf(r[0]), ((Number) r[1]).longValue()))
                .toList();
    }

    private jakarta.persistence.Query query(String sql, Timestamp start, Timestamp end) {
        return entityManager.createNativeQuery(sql).setParameter(1, start).setParameter(2, end);
    }
}
