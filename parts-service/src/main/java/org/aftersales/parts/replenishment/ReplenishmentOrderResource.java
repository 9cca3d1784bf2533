package org.aftersales.parts.replenishment;

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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.aftersales.platform.idempotency.Idempotent;
import org.aftersales.platform.paging.Paging;
import org.aftersales.platform.problem.QueryParameters;
import org.aftersales.platform.security.Caller;
import org.aftersales.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/stock/replenishment-orders")
@Tag(name = "Replenishment orders", description = "补货单: stock ordered for a location and what of it arrived")
@Produces(MediaType.APPLICATION_JSON)
@Idempotent
public class ReplenishmentOrderResource {

    private final ReplenishmentOrders orders;
    private final Caller caller;

    ReplenishmentOrderResource(ReplenishmentOrders orders, Caller caller) {
        this.orders = orders;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.PARTS_CLERK, Roles.PARTNER})
    @Operation(summary = "Order stock of a part for a location (补货单)",
            description = "From a supplier or another location (not both). It answers the reorder alert named, "
                    + "else the open alert of the part at the location; the alert shows it while it is open. A "
                    + "partner orders for its own warehouses only.")
    @APIResponse(responseCode = "201", description = "Placed",
            content = @Content(schema = @Schema(implementation = ReplenishmentOrder.View.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, invalid, missing or unknown fields; both a "
            + "supplier and a location; a reorder alert that is not open for the part at the location")
    @APIResponse(responseCode = "404", description = "No such part, or no such warehouse among the caller's")
    public Response place(@NotNull @Valid NewReplenishmentOrder body, UriInfo uri) {
        ReplenishmentOrder.View order = orders.place(body, caller);
        return Response.created(uri.getAbsolutePathBuilder().path(order.id().toString()).build()).entity(order)
                .build();
    }

    @GET
    @RolesAllowed({Roles.MANAGER, Roles.PARTS_CLERK, Roles.PARTNER})
    @Operation(summary = "Replenishment orders of the caller's locations, newest first")
    @APIResponse(responseCode = "200", description = "A page of orders",
            content = @Content(schema = @Schema(implementation = ReplenishmentOrder.Page.class)))
    @APIResponse(responseCode = "400", description = "Invalid filter or paging")
    public ReplenishmentOrder.Page list(
            @QueryParam("warehouse") String warehouse,
            @QueryParam("status") @Pattern(regexp = "OPEN|PARTLY_RECEIVED|RECEIVED|CANCELLED",
                    message = "must be OPEN, PARTLY_RECEIVED, RECEIVED or CANCELLED") String status,
            @QueryParam("page") @DefaultValue("0")
            @Pattern(regexp = Paging.WHOLE_NUMBER, message = Paging.NOT_WHOLE_NUMBER)
            @Max(Paging.MAX_PAGE) String page,
            @QueryParam("size") @DefaultValue("50")
            @Pattern(regexp = Paging.WHOLE_NUMBER, message = Paging.NOT_WHOLE_NUMBER)
            @Min(1) @Max(500) String size) {
        return orders.list(QueryParameters.uuid("warehouse", warehouse),
                status == null ? null : ReplenishmentOrder.Status.valueOf(status), Integer.parseInt(page),
                Integer.parseInt(size), caller);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.MANAGER, Roles.PARTS_CLERK, Roles.PARTNER})
    @Operation(summary = "A replenishment order")
    @APIResponse(responseCode = "200", description = "The order",
            content = @Content(schema = @Schema(implementation = ReplenishmentOrder.View.class)))
    @APIResponse(responseCode = "404", description = "No such order at the caller's locations")
    public ReplenishmentOrder.View get(@PathParam("id") UUID id) {
        return orders.view(id, caller);
    }

    @POST
    @Path("/{id}/receipts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.PARTS_CLERK, Roles.PARTNER})
    @Operation(summary = "Receive some or the rest of an order",
            description = "A RECEIPT ledger entry naming the order (and, when another location fills it, a "
                    + "TRANSFER_OUT there); PARTLY_RECEIVED until all arrived, then RECEIVED. A serial-tracked part "
                    + "lists the serial number of each unit that arrived, as a stock receipt does: one RECEIPT per "
                    + "unit, each unit in stock at the order's location from then on. However many receipts race, "
                    + "the order never receives more than was ordered, and a unit arrives once. A refused receipt "
                    + "changes neither the order nor the stock.")
    @APIResponse(responseCode = "200", description = "The order after the receipt",
            content = @Content(schema = @Schema(implementation = ReplenishmentOrder.View.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, invalid, missing or unknown fields; "
            + "serialNumbers not exactly quantity distinct ones for a serial-tracked part, or given for another")
    @APIResponse(responseCode = "404", description = "No such order at the caller's locations")
    @APIResponse(responseCode = "409", description = "More than is still to arrive, the order is received or "
            + "cancelled, the filling location has too little available, a location is frozen for a count, a unit "
            + "listed is held already (the error names serialNumbers[i]), or another location fills the order of a "
            + "serial-tracked part (its units travel by a transfer)")
    public ReplenishmentOrder.View receive(@PathParam("id") UUID id, @NotNull @Valid ReplenishmentReceipt body) {
        return orders.receive(id, body, caller);
    }

    @POST
    @Path("/{id}/cancellation")
    @RolesAllowed({Roles.MANAGER, Roles.PARTS_CLERK, Roles.PARTNER})
    @Operation(summary = "Cancel what of an order has not arrived")
    @APIResponse(responseCode = "200", description = "Cancelled",
            content = @Content(schema = @Schema(implementation = ReplenishmentOrder.View.class)))
    @APIResponse(responseCode = "404", description = "No such order at the caller's locations")
    @APIResponse(responseCode = "409", description = "The order is received or cancelled")
    public ReplenishmentOrder.View cancel(@PathParam("id") UUID id) {
        return orders.cancel(id, caller);
    }
}
