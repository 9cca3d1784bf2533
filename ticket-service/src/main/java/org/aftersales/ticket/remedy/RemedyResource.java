package org.aftersales.ticket.remedy;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tickets/{id}/remedies")
@Tag(name = "Remedies", description = "三包处理: exchanges and refunds warranty-service declared due")
@Produces(MediaType.APPLICATION_JSON)
public class RemedyResource {

    private final Remedies remedies;
    private final Caller caller;

    RemedyResource(Remedies remedies, Caller caller) {
        this.remedies = remedies;
        this.caller = caller;
    }

    @GET
    @Authenticated
    @Operation(summary = "The 三包 remedies (更换/退货) put on the ticket, oldest first",
            description = "Each with the rule that fired and why, the resolved ticket that made it due, and whether "
                    + "this ticket was raised for it. Anyone who may see the ticket may see them.")
    @APIResponse(responseCode = "200", description = "The remedies; empty when none fell due on this ticket",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = RemedyView.class)))
    @APIResponse(responseCode = "404", description = "No such ticket in the caller's organisations")
    public List<RemedyView> remedies(@PathParam("id") UUID id) {
        return remedies.onTicket(id, caller).stream().map(RemedyView::of).toList();
    }

    /**
     * A remedy on a ticket, as the API shows it.
     *
     * @param createdTicket whether the ticket was raised for this remedy (the device had no open fault ticket)
     * @param sourceTicketId the resolved ticket whose repair made it due
     */
    @Schema(name = "Remedy", description = "三包处理: an exchange (更换) or refund (退货) due for the ticket's device")
    public record RemedyView(
            @Schema(description = "EXCHANGE (更换) or REFUND (退货)", required = true) Remedy remedy,
            @Schema(description = "The remedies the customer may choose among", examples = "[\"EXCHANGE\", \"REFUND\"]")
            List<String> options,
            @Schema(description = "Serial number of the device") String deviceSerial,
            @Schema(description = "The product key warranty-service's engine decided for, e.g. colour-tv") String product,
            @Schema(description = "The failing component; whole-unit for the whole unit (整机)",
                    examples = "power-supply") String component,
            @Schema(description = "The fault code of the repairs counted", examples = "NO-POWER") String faultCode,
            @Schema(description = "Repairs of this component and fault counted, the last one included")
            int repairsCounted,
            @Schema(description = "The 三包 policy that makes it due", examples = "CN-GOODS-1995") String policyId,
            @Schema(description = "The policy's rule that makes it due", examples = "1995.R3") String ruleId,
            @Schema(description = "Why it is due, in Chinese; null when the engine gave no reason") String reasonZh,
            @Schema(description = "Why it is due, in English; null when the engine gave no reason") String reasonEn,
            @Schema(description = "The resolved ticket whose repair made it due", required = true)
            UUID sourceTicketId,
            @Schema(description = "When it fell due (ISO-8601, UTC): the end of the source ticket's repair",
                    required = true) Instant dueAt,
            @Schema(description = "Whether the ticket was raised for this remedy (the device had no open fault ticket)")
            boolean createdTicket,
            @Schema(description = "When ticket-service recorded it (ISO-8601, UTC)", required = true)
            Instant recordedAt) {

        static RemedyView of(TicketRemedy r) {
            return new RemedyView(r.remedy, r.options, r.deviceSerial, r.product, r.component, r.faultCode,
                    r.repairsCounted, r.policyId, r.ruleId, r.reasonZh, r.reasonEn, r.sourceTicketId, r.dueAt,
                    r.createdTicket, r.recordedAt);
        }
    }
}
