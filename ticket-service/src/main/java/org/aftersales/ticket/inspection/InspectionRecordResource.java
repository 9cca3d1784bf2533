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

@Path("/api/v1/tickets/{id}/inspection-record")
@Tag(name = "Inspections", description = "巡检: planned and one-off inspections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InspectionRecordResource {

    private final InspectionDesk desk;
    private final Caller caller;

    InspectionRecordResource(InspectionDesk desk, Caller caller) {
        this.desk = desk;
        this.caller = caller;
    }

    @PUT
    @RolesAllowed({Roles.AGENT, Roles.ENGINEER, Roles.MANAGER})
    @Operation(summary = "Store the record sheet (巡检记录单) of an inspection",
            description = "Resolves the INSPECTION ticket (a history entry), sets the report deadline from the "
                    + "contract's terms (e.g. 3 working days, on its calendar) and publishes "
                    + "aftersales.ticket.inspection-done.v1 — no repair is reported.")
    @APIResponse(responseCode = "200", description = "The inspection with its record sheet and report deadline",
            content = @Content(schema = @Schema(implementation = InspectionView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, invalid, missing or unknown fields")
    @APIResponse(responseCode = "404", description = "No such ticket")
    @APIResponse(responseCode = "409", description = "The ticket is no inspection, or its inspection is already done")
    public InspectionView record(@PathParam("id") UUID id, @NotNull @Valid InspectionRecord body) {
        return desk.record(id, body, caller);
    }
}
