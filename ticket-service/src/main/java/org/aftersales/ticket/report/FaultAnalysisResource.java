package org.aftersales.ticket.report;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.aftersales.platform.security.Caller;
import org.aftersales.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 故障分析报告: the fault's cause and how to prevent it, written after resolution. */
@Path("/api/v1/tickets/{id}/fault-analysis")
@Tag(name = "Service reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FaultAnalysisResource {

    private final ServiceReports reports;
    private final Caller caller;

    FaultAnalysisResource(ServiceReports reports, Caller caller) {
        this.reports = reports;
        this.caller = caller;
    }

    @PUT
    @RolesAllowed({Roles.ENGINEER, Roles.AGENT, Roles.MANAGER})
    @Operation(summary = "Submit or revise the fault analysis report (故障分析报告)",
            description = "Once the ticket is RESOLVED, CONFIRMED or CLOSED. The first submission stops the report's "
                    + "SLA deadline and publishes aftersales.ticket.report-submitted.v1.")
    @APIResponse(responseCode = "201", description = "First submitted",
            content = @Content(schema = @Schema(implementation = FaultAnalysisView.class)))
    @APIResponse(responseCode = "200", description = "Revised",
            content = @Content(schema = @Schema(implementation = FaultAnalysisView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, invalid, missing or unknown fields")
    @APIResponse(responseCode = "404", description = "No such ticket in the caller's organisations")
    @APIResponse(responseCode = "409", description = "The ticket is not resolved")
    public Response write(@PathParam("id") UUID id, @NotNull @Valid FaultAnalysisRequest body, UriInfo uri) {
        return ReportResponses.of(reports.writeFaultAnalysis(id, body, caller), uri);
    }

    @GET
    @Authenticated
    @Operation(summary = "The ticket's fault analysis report")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(schema = @Schema(implementation = FaultAnalysisView.class)))
    @APIResponse(responseCode = "404", description = "No such ticket in the caller's organisations, or no report yet")
    public FaultAnalysisView get(@PathParam("id") UUID id) {
        return reports.faultAnalysis(id, caller);
    }
}
