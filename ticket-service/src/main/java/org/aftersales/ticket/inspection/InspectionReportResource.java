package org.aftersales.ticket.inspection;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.aftersales.platform.security.Caller;
import org.aftersales.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tickets/{id}/inspection-report")
@Tag(name = "Inspections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InspectionReportResource {

    private final InspectionDesk desk;
    private final Caller caller;

    InspectionReportResource(InspectionDesk desk, Caller caller) {
        this.desk = desk;
        this.caller = caller;
    }

    @PUT
    @RolesAllowed({Roles.AGENT, Roles.ENGINEER, Roles.MANAGER})
    @Operation(summary = "Deliver (or revise) the inspection report (巡检报告)",
            description = "After the record sheet. The first delivery meets the report's SLA clock (INSPECTION_REPORT, "
                    + "e.g. 3 working days after the visit) and publishes aftersales.ticket.report-submitted.v1.")
    @APIResponse(responseCode = "200", description = "The inspection with its report",
            content = @Content(schema = @Schema(implementation = InspectionView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, invalid, missing or unknown fields")
    @APIResponse(responseCode = "404", description = "No such ticket in the caller's organisations")
    @APIResponse(responseCode = "409", description = "The ticket is no inspection, or it has no record sheet yet")
    public InspectionView deliver(@PathParam("id") UUID id, @NotNull @Valid InspectionReport body) {
        return desk.deliverReport(id, body, caller);
    }
}
