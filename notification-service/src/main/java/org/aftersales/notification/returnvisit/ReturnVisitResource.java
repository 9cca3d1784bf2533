package org.aftersales.notification.returnvisit;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.aftersales.calendar.ServiceCalendar;
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

@Path("/api/v1/return-visits")
@Tag(name = "Return visits", description = "回访: the visits owed after closed tickets and by contracts' periodic "
        + "terms, and their outcomes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Idempotent
public class ReturnVisitResource {

    private final Caller caller;
    private final ReturnVisits visits;

    ReturnVisitResource(Caller caller, ReturnVisits visits) {
        this.caller = caller;
        this.visits = visits;
    }

    @GET
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.PARTNER})
    @Operation(summary = "The return-visit work queue, soonest due first (partners: their organisation's)")
    @APIResponse(responseCode = "200", description = "One page of visits",
            content = @Content(schema = @Schema(implementation = ReturnVisitPage.class)))
    @APIResponse(responseCode = "400", description = "A query parameter cannot be read")
    public ReturnVisitPage list(
            @Parameter(description = "OPEN, RECORDED or CANCELLED") @QueryParam("state")
            @Pattern(regexp = "OPEN|RECORDED|CANCELLED", message = "must be OPEN, RECORDED or CANCELLED") String state,
            @Parameter(description = "SERVICE_CLOSED (after closed tickets) or PERIODIC (contracts' 定期回访)")
            @QueryParam("reason")
            @Pattern(regexp = "SERVICE_CLOSED|PERIODIC", message = "must be SERVICE_CLOSED or PERIODIC") String reason,
            @Parameter(description = "Due on or before this day (China time), e.g. 2026-03-31")
            @QueryParam("dueBy") String dueBy,
            @QueryParam("page") @DefaultValue("0")
            @Pattern(regexp = Paging.WHOLE_NUMBER, message = Paging.NOT_WHOLE_NUMBER) @Max(Paging.MAX_PAGE) String page,
            @QueryParam("size") @DefaultValue("50")
            @Pattern(regexp = Paging.WHOLE_NUMBER, message = Paging.NOT_WHOLE_NUMBER) @Min(1) @Max(500) String size) {
        LocalDate lastDay = QueryParameters.date("dueBy", dueBy);
        Map<String, Object> parameters = new HashMap<>(caller.scope().parameters());
        StringBuilder where = new StringBuilder(caller.scope().jpql("customerOrganisation"));
        if (state != null) {
            where.append(" and state = :state");
            parameters.put("state", ReturnVisit.State.valueOf(state));
        }
        if (reason != null) {
            where.append(" and reason = :reason");
            parameters.put("reason", ReturnVisit.Reason.valueOf(reason));
        }
        if (lastDay != null) {
            where.append(" and dueAt < :dueBefore");
            parameters.put("dueBefore", lastDay.plusDays(1).atStartOfDay(ServiceCalendar.DEFAULT_ZONE).toInstant());
        }
        int pageNumber = Integer.parseInt(page);
        int pageSize = Integer.parseInt(size);
        PanacheQuery<ReturnVisit> query = ReturnVisit.find(where.toString(),
                Sort.ascending("dueAt").and("id"), parameters);
        List<ReturnVisitView> items = query.page(Page.of(pageNumber, pageSize)).list().stream()
                .map(ReturnVisitView::of).toList();
        return new ReturnVisitPage(items, pageNumber, pageSize, query.count());
    }

    @POST
    @Path("/{id}/outcome")
    @RolesAllowed({Roles.AGENT, Roles.MANAGER})
    @Transactional
    @Operation(summary = "Records a return visit's outcome; an unreached customer keeps the visit open")
    @APIResponse(responseCode = "200", description = "The visit with its outcome",
            content = @Content(schema = @Schema(implementation = ReturnVisitView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid")
    @APIResponse(responseCode = "404", description = "No such visit")
    @APIResponse(responseCode = "409", description = "The visit's outcome was already recorded, or it was cancelled")
    public ReturnVisitView outcome(@PathParam("id") UUID id, @NotNull @Valid VisitOutcome body) {
        if (body.reached() != (body.satisfied() != null)) {
            throw ProblemException.badRequest("Only a reached customer says whether they are satisfied",
                    List.of(new FieldProblem("satisfied", "must be given if and only if the customer was reached")));
        }
        ReturnVisit visit = ReturnVisit.<ReturnVisit>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .filter(found -> caller.canAccess(found.customerOrganisation))
                .orElseThrow(() -> ProblemException.notFound("Return visit", id));
        return ReturnVisitView.of(visits.record(visit, body, caller.username()));
    }
}
