package org.aftersales.ticket.inspection;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.platform.idempotency.Idempotent;
import org.aftersales.platform.paging.Paging;
import org.aftersales.platform.problem.FieldProblem;
import org.aftersales.platform.problem.ProblemException;
import org.aftersales.platform.problem.QueryParameters;
import org.aftersales.platform.security.Caller;
import org.aftersales.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/inspections")
@Tag(name = "Inspections", description = "巡检: planned and one-off inspections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Idempotent
public class InspectionResource {

    private final InspectionDesk desk;
    private final Caller caller;

    InspectionResource(InspectionDesk desk, Caller caller) {
        this.desk = desk;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.AGENT, Roles.MANAGER})
    @Operation(summary = "Schedule a one-off inspection before a customer's major event (重大活动保障)",
            description = "Opens an INSPECTION ticket due on dueOn and publishes aftersales.ticket.inspection-due.v1. "
                    + "The device's contract (for the report deadline) comes from the installed base; an unknown "
                    + "device is accepted.")
    @APIResponse(responseCode = "201", description = "Scheduled; Location names the inspection ticket",
            content = @Content(schema = @Schema(implementation = InspectionView.class)))
    @APIResponse(responseCode = "400",
            description = "Malformed JSON, invalid, missing or unknown fields, or a past dueOn")
    public Response schedule(@NotNull @Valid NewInspection body) {
        InspectionView inspection = desk.scheduleOneOff(body, caller);
        return Response.created(UriBuilder.fromPath("/api/v1/tickets/{id}").build(inspection.ticketId()))
                .entity(inspection).build();
    }

    @GET
    @Authenticated
    @Operation(summary = "Inspections by due date",
            description = "Planned and one-off inspections within the caller's organisations, optionally of one "
                    + "contract and due within [dueFrom, dueTo].")
    @APIResponse(responseCode = "200", description = "One page of inspections",
            content = @Content(schema = @Schema(implementation = InspectionPage.class)))
    @APIResponse(responseCode = "400", description = "A query parameter cannot be read, or dueTo is before dueFrom")
    public InspectionPage list(
            @Parameter(description = "Only this contract's inspections") @QueryParam("contractId") String contractId,
            @Parameter(description = "Due on or after, e.g. 2026-03-01") @QueryParam("dueFrom") String dueFrom,
            @Parameter(description = "Due on or before, e.g. 2026-03-31") @QueryParam("dueTo") String dueTo,
            @QueryParam("page") @DefaultValue("0")
            @Pattern(regexp = Paging.WHOLE_NUMBER, message = Paging.NOT_WHOLE_NUMBER) @Max(Paging.MAX_PAGE) String page,
            @QueryParam("size") @DefaultValue("50")
            @Pattern(regexp = Paging.WHOLE_NUMBER, message = Paging.NOT_WHOLE_NUMBER) @Min(1) @Max(500) String size) {
        LocalDate from = QueryParameters.date("dueFrom", dueFrom);
        LocalDate to = QueryParameters.date("dueTo", dueTo);
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.badRequest("dueTo is before dueFrom",
                    List.of(new FieldProblem("dueTo", "must not be before dueFrom")));
        }
        return desk.list(QueryParameters.uuid("contractId", contractId), from, to, Integer.parseInt(page),
                Integer.parseInt(size), caller);
    }
}
