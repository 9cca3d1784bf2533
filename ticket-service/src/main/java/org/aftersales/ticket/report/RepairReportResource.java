package org.aftersales.ticket.report;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.aftersales.platform.idempotency.Idempotent;
import org.aftersales.platform.security.Caller;
import org.aftersales.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 维修报告: the repair report of a resolved ticket and the customer's confirmation of it. */
@Path("/api/v1/tickets/{id}/repair-report")
@Tag(name = "Service reports", description = "维修报告 and 故障分析报告 of resolved tickets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Idempotent
public class RepairReportResource {

    private final ServiceReports reports;
    private final Caller caller;

    RepairReportResource(ServiceReports reports, Caller caller) {
        this.reports = reports;
        this.caller = caller;
    }

    @PUT
    @RolesAllowed({Roles.ENGINEER, Roles.AGENT, Roles.MANAGER})
    @Operation(summary = "Submit or revise the repair report (维修报告)",
            description = "Once the ticket is RESOLVED, CONFIRMED or CLOSED. The report time (报修时间) is the "
                    + "ticket's registration; arrival and restoration may not precede it nor lie in the future. "
                    + "The first submission stops the report's SLA deadline and publishes "
                    + "aftersales.ticket.report-submitted.v1. Frozen once the customer confirmed it.")
    @APIResponse(responseCode = "201", description = "First submitted",
            content = @Content(schema = @Schema(implementation = RepairReportView.class)))
    @APIResponse(responseCode = "200", description = "Revised",
            content = @Content(schema = @Schema(implementation = RepairReportView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, invalid, missing or unknown fields, "
            + "inconsistent times")
    @APIResponse(responseCode = "404", description = "No such ticket in the caller's organisations")
    @APIResponse(responseCode = "409", description = "The ticket is not resolved, or the customer confirmed the "
            + "report already")
    public Response write(@PathParam("id") UUID id, @NotNull @Valid RepairReportRequest body, UriInfo uri) {
        return ReportResponses.of(reports.writeRepairReport(id, body, caller), uri);
    }

    @POST
    @Path("/confirmation")
    @RolesAllowed({Roles.CUSTOMER, Roles.PARTNER, Roles.AGENT, Roles.MANAGER})
    @Operation(summary = "Record the customer's confirmation of the repair report (签字)",
            description = "By a customer or partner of the ticket's organisation, or by an agent on the customer's "
                    + "behalf naming who confirmed (confirmedBy). Records who and when; the report is then frozen.")
    @APIResponse(responseCode = "200", description = "The confirmed report",
            content = @Content(schema = @Schema(implementation = RepairReportView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, unknown fields, or no confirmedBy when "
            + "confirming on the customer's behalf")
    @APIResponse(responseCode = "404", description = "No such ticket in the caller's organisations")
    @APIResponse(responseCode = "409", description = "There is no report yet, or it was confirmed already")
    public RepairReportView confirm(@PathParam("id") UUID id, @Valid ConfirmationRequest body) {
        return reports.confirmRepairReport(id, body, caller);
    }

    @GET
    @Authenticated
    @Operation(summary = "The ticket's repair report")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(schema = @Schema(implementation = RepairReportView.class)))
    @APIResponse(responseCode = "404", description = "No such ticket in the caller's organisations, or no report yet")
    public RepairReportView get(@PathParam("id") UUID id) {
        return reports.repairReport(id, caller);
    }
}
