package org.aftersales.ticket.inspection;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.aftersales.platform.security.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tickets/{id}/inspection")
@Tag(name = "Inspections", description = "巡检: planned and one-off inspections")
@Produces(MediaType.APPLICATION_JSON)
public class TicketInspectionResource {

    private final InspectionDesk desk;
    private final Caller caller;

    TicketInspectionResource(InspectionDesk desk, Caller caller) {
        this.desk = desk;
        this.caller = caller;
    }

    @GET
    @Authenticated
    @Operation(summary = "The inspection of an INSPECTION ticket",
            description = "Due date, the schedule or occasion, the record sheet once inspected, and the report "
                    + "deadline.")
    @APIResponse(responseCode = "200", description = "The inspection",
            content = @Content(schema = @Schema(implementation = InspectionView.class)))
    @APIResponse(responseCode = "404", description = "No such inspection ticket in the caller's organisations")
    public InspectionView get(@PathParam("id") UUID id) {
        return desk.find(id, caller);
    }
}
