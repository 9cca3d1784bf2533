package org.aftersales.complaint.handling;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.aftersales.platform.paging.Paging;
import org.aftersales.platform.problem.FieldProblem;
import org.aftersales.platform.problem.ProblemException;
import org.aftersales.platform.problem.QueryParameters;
import org.aftersales.platform.security.Organisations;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters of {@code GET /api/v1/complaints}, read here so that a bad one is a 400 naming it. */
public class ComplaintListQuery {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    @QueryParam("status")
    @Parameter(description = "ComplaintStatus")
    public String status;

    @QueryParam("severity")
    @Parameter(description = "GENERAL or SERIOUS")
    public String severity;

    @QueryParam("category")
    @Parameter(description = "ComplaintCategory")
    public String category;

    @QueryParam("organisation")
    @Parameter(description = "A customer organisation, or a partner and the customers under it")
    @Pattern(regexp = Organisations.PATTERN, message = "must be an organisation path such as dealer-a")
    public String organisation;

    @QueryParam("ticketId")
    @Parameter(description = "Complaints linked to this ticket")
    public String ticketId;

    @QueryParam("page")
    @Parameter(description = "0-based page number; 0 when absent")
    @Pattern(regexp = Paging.WHOLE_NUMBER, message = Paging.NOT_WHOLE_NUMBER)
    public String page;

    @QueryParam("size")
    @Parameter(description = "Complaints per page, 1 to " + MAX_SIZE + "; " + DEFAULT_SIZE + " when absent")
    @Pattern(regexp = Paging.WHOLE_NUMBER, message = Paging.NOT_WHOLE_NUMBER)
    public String size;

    /** The filter as read; 400 naming the parameter that cannot be read. */
    public record Filter(ComplaintStatus status, Severity severity, ComplaintCategory category, String organisation,
            UUID ticketId, int page, int size) {
    }

    Filter filter() {
        int pageNumber = page == null ? 0 : Integer.parseInt(page);
        int pageSize = size == null ? DEFAULT_SIZE : Integer.parseInt(size);
        if (pageNumber > Paging.MAX_PAGE) {
            throw bad("page", "must be at most " + Paging.MAX_PAGE);
        }
        if (pageSize < 1 || pageSize > MAX_SIZE) {
            throw bad("size", "must be 1 to " + MAX_SIZE);
        }
        return new Filter(parse("status", status, ComplaintStatus.class), parse("severity", severity, Severity.class),
                parse("category", category, ComplaintCategory.class), organisation,
                QueryParameters.uuid("ticketId", ticketId), pageNumber, pageSize);
    }

    private static <E extends Enum<E>> E parse(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw bad(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    private static ProblemException bad(String name, String message) {
        return ProblemException.badRequest("Query parameter " + name + " cannot be read",
                List.of(new FieldProblem(name, message)));
    }
}
