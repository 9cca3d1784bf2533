package org.aftersales.ticket.spare;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.aftersales.platform.security.Caller;
import org.aftersales.ticket.intake.TicketDesk;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tickets/{id}/spare-requests")
@Tag(name = "Spare requests", description = "备品备件: the spare parts and backup units parts-service brings on site")
@Produces(MediaType.APPLICATION_JSON)
public class SpareRequestResource {

    private final SpareRequests spareRequests;
    private final TicketDesk desk;
    private final Caller caller;

    SpareRequestResource(SpareRequests spareRequests, TicketDesk desk, Caller caller) {
        this.spareRequests = spareRequests;
        this.desk = desk;
        this.caller = caller;
    }

    @GET
    @Authenticated
    @Operation(summary = "The spare parts and backup units requested on site for the ticket, earliest deadline first",
            description = "As parts-service last reported them (requested, dispatched, delivered or cancelled, and "
                    + "their delivery deadline). Anyone who may see the ticket may see them.")
    @APIResponse(responseCode = "200", description = "The requests; empty when none was made",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = SpareRequestView.class)))
    @APIResponse(responseCode = "404", description = "No such ticket in the caller's organisations")
    public List<SpareRequestView> spareRequests(@PathParam("id") UUID id) {
        desk.find(id, caller);
        return spareRequests.of(id).stream().map(SpareRequestView::of).toList();
    }

    /** A spare request on a ticket, as the API shows it. */
    @Schema(name = "TicketSpareRequest", description = "备品备件: a part or backup unit due on site")
    public record SpareRequestView(
            @Schema(description = "The spare request in parts-service", required = true) UUID requestId,
            @Schema(description = "The part requested; absent when a backup unit of a model is") String partNumber,
            @Schema(description = "The model of the backup unit; absent when a part is") String model,
            @Schema(description = "How many are requested") int quantity,
            @Schema(description = "The warehouse it left from; absent before dispatch", nullable = true)
            UUID warehouseId,
            @Schema(description = "When it is due on site (ISO-8601, UTC)", required = true) Instant deadline,
            @Schema(description = "Where it stands, as parts-service last said",
                    enumeration = {"REQUESTED", "PICKED", "DISPATCHED", "DELIVERED", "CANCELLED"}) String state,
            @Schema(description = "Its deadline's state; null before parts-service said one",
                    enumeration = {"RUNNING", "WARNING", "BREACHED", "MET", "MET_LATE", "CANCELLED"})
            String deadlineState,
            @Schema(description = "Who made the last change in parts-service; null when not said") String changedBy,
            @Schema(description = "When it last changed (ISO-8601, UTC)", required = true) Instant changedAt) {

        static SpareRequestView of(TicketSpareRequest request) {
            return new SpareRequestView(request.requestId, request.partNumber, request.model, request.quantity,
                    request.warehouseId, request.deadline, request.state, request.deadlineState, request.changedBy,
                    request.changedAt);
        }
    }
}
