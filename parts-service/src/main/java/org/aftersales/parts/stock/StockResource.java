package org.aftersales.parts.stock;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.aftersales.parts.catalogue.PartNumbers;
import org.aftersales.parts.stock.StockViews.MovementPage;
import org.aftersales.parts.stock.StockViews.ReconciliationView;
import org.aftersales.parts.stock.StockViews.StockPage;
import org.aftersales.parts.stock.StockViews.StockView;
import org.aftersales.parts.stock.StockViews.UnitPage;
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

@Path("/api/v1/stock")
@Tag(name = "Stock", description = "库存: stock per part and location, units of serial-tracked parts, the ledger (台账), "
        + "receipts and transfers")
@Produces(MediaType.APPLICATION_JSON)
@Idempotent
public class StockResource {

    private static final String PART_FILTER = "must be a part number";

    private final StockDesk desk;
    private final Reconciliation reconciliation;
    private final StockCounts counts;
    private final MinimumStock minimums;
    private final Caller caller;

    StockResource(StockDesk desk, Reconciliation reconciliation, StockCounts counts, MinimumStock minimums,
            Caller caller) {
        this.desk = desk;
        this.reconciliation = reconciliation;
        this.counts = counts;
        this.minimums = minimums;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.PARTS_CLERK, Roles.ENGINEER, Roles.MANAGER, Roles.QUALITY, Roles.PARTNER})
    @Operation(summary = "Stock per part and location: on hand, reserved, available, in transit")
    @APIResponse(responseCode = "200", description = "A page of stock levels",
            content = @Content(schema = @Schema(implementation = StockPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid filter or paging")
    public StockPage stock(
            @QueryParam("part") @Pattern(regexp = PartNumbers.PATTERN, message = PART_FILTER) String part,
            @QueryParam("warehouse") String warehouse,
            @QueryParam("page") @DefaultValue("0")
            @Pattern(regexp = Paging.WHOLE_NUMBER, message = Paging.NOT_WHOLE_NUMBER)
            @Max(Paging.MAX_PAGE) String page,
            @QueryParam("size") @DefaultValue("50")
            @Pattern(regexp = Paging.WHOLE_NUMBER, message = Paging.NOT_WHOLE_NUMBER)
            @Min(1) @Max(500) String size) {
        return desk.stock(part, QueryParameters.uuid("warehouse", warehouse), Integer.parseInt(page),
                Integer.parseInt(size), caller);
    }

    @GET
    @Path("/units")
    @RolesAllowed({Roles.PARTS_CLERK, Roles.ENGINEER, Roles.MANAGER, Roles.QUALITY, Roles.PARTNER})
    @Operation(summary = "The units of serial-tracked parts (序列号): where each is and how",
            description = "By part, location, serial number and state; state IN_STOCK or RESERVED are the serials on "
                    + "hand at a location. Vendor staff see every location, a partner its own organisation's.")
    @APIResponse(responseCode = "200", description = "A page of units",
            content = @Content(schema = @Schema(implementation = UnitPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid filter or paging")
    public UnitPage units(
            @QueryParam("part") @Pattern(regexp = PartNumbers.PATTERN, message = PART_FILTER) String part,
            @QueryParam("warehouse") String warehouse,
            @QueryParam("serial") @Size(max = 100) String serial,
            @QueryParam("state") @Pattern(regexp = UnitState.PATTERN, message = "must be one of " + UnitState.PATTERN)
            String state,
            @QueryParam("page") @DefaultValue("0")
            @Pattern(regexp = Paging.WHOLE_NUMBER, message = Paging.NOT_WHOLE_NUMBER)
            @Max(Paging.MAX_PAGE) String page,
            @QueryParam("size") @DefaultValue("100")
            @Pattern(regexp = Paging.WHOLE_NUMBER, message = Paging.NOT_WHOLE_NUMBER)
            @Min(1) @Max(1000) String size) {
        return desk.units(part, QueryParameters.uuid("warehouse", warehouse), serial,
                state == null ? null : UnitState.valueOf(state), Integer.parseInt(page), Integer.parseInt(size),
                caller);
    }

    @POST
    @Path("/receipts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTS_CLERK, Roles.MANAGER, Roles.PARTNER})
    @Operation(summary = "Receive stock at a location (入库)", description = "A partner receives into its own "
            + "warehouses only. Writes a RECEIPT ledger entry; for a serial-tracked part one per unit, each unit in "
            + "stock at the location from then on.")
    @APIResponse(responseCode = "201", description = "Received; the stock after it",
            content = @Content(schema = @Schema(implementation = StockView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, invalid, missing or unknown fields; "
            + "serialNumbers not exactly quantity distinct ones for a serial-tracked part, or given for another")
    @APIResponse(responseCode = "404", description = "No such part, or no such warehouse among the caller's")
    @APIResponse(responseCode = "409", description = "A unit listed is held already (in stock, reserved, in "
            + "transit, issued or lent): the error names serialNumbers[i]")
    public Response receive(@NotNull @Valid NewReceipt body) {
        return Response.status(Response.Status.CREATED).entity(desk.receive(body, caller)).build();
    }

    @POST
    @Path("/scraps")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTS_CLERK, Roles.MANAGER, Roles.PARTNER})
    @Operation(summary = "Scrap stock at a location (报废)", description = "A partner scraps in its own warehouses "
            + "only. Writes a SCRAP ledger entry with its reason; for a serial-tracked part one per unit, each unit "
            + "SCRAPPED from then on. Only available stock (not reserved) can be scrapped.")
    @APIResponse(responseCode = "201", description = "Scrapped; the stock after it",
            content = @Content(schema = @Schema(implementation = StockView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, invalid, missing or unknown fields (the reason "
            + "is required); serialNumbers not exactly quantity distinct ones for a serial-tracked part, or given "
            + "for another")
    @APIResponse(responseCode = "404", description = "No such part, or no such warehouse among the caller's")
    @APIResponse(responseCode = "409", description = "Less available than the quantity (the shortage is named), the "
            + "location frozen for a count, or a unit listed not in stock there (the error names serialNumbers[i])")
    public Response scrap(@NotNull @Valid NewScrap body) {
        return Response.status(Response.Status.CREATED).entity(desk.scrap(body, caller)).build();
    }

    @GET
    @Path("/movements")
    @RolesAllowed({Roles.PARTS_CLERK, Roles.ENGINEER, Roles.MANAGER, Roles.QUALITY, Roles.PARTNER})
    @Operation(summary = "The ledger (台账): every movement, oldest first, with who, when, why and the ticket")
    @APIResponse(responseCode = "200", description = "A page of ledger entries",
            content = @Content(schema = @Schema(implementation = MovementPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid filter or paging")
    public MovementPage movements(
            @QueryParam("part") @Pattern(regexp = PartNumbers.PATTERN, message = PART_FILTER) String part,
            @QueryParam("warehouse") String warehouse,
            @QueryParam("ticket") String ticket,
            @QueryParam("page") @DefaultValue("0")
            @Pattern(regexp = Paging.WHOLE_NUMBER, message = Paging.NOT_WHOLE_NUMBER)
            @Max(Paging.MAX_PAGE) String page,
            @QueryParam("size") @DefaultValue("100")
            @Pattern(regexp = Paging.WHOLE_NUMBER, message = Paging.NOT_WHOLE_NUMBER)
            @Min(1) @Max(1000) String size) {
        return desk.movements(part, QueryParameters.uuid("warehouse", warehouse),
                QueryParameters.uuid("ticket", ticket), Integer.parseInt(page), Integer.parseInt(size), caller);
    }

    @GET
    @Path("/reconciliation")
    @RolesAllowed({Roles.PARTS_CLERK, Roles.MANAGER})
    @Operation(summary = "对账: whether every stock level is the sum of its ledger entries",
            description = "Lists each level whose books and entries differ; balanced when there is none.")
    @APIResponse(responseCode = "200", description = "The reconciliation",
            content = @Content(schema = @Schema(implementation = ReconciliationView.class)))
    public ReconciliationView reconciliation() {
        return reconciliation.run();
    }

    @POST
    @Path("/transfers")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTS_CLERK, Roles.MANAGER, Roles.PARTNER})
    @Operation(summary = "Send available stock to another location (调拨)",
            description = "Off the source's shelf now (TRANSFER_OUT), in transit at the destination "
                    + "(TRANSFER_DISPATCHED) until received. Never takes reserved stock. A serial-tracked part "
                    + "moves the units it lists, one entry each: IN_TRANSIT to the destination, IN_STOCK there on "
                    + "receipt.")
    @APIResponse(responseCode = "201", description = "On its way",
            content = @Content(schema = @Schema(implementation = Transfer.View.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, invalid, missing or unknown fields; "
            + "serialNumbers not exactly quantity distinct ones for a serial-tracked part, or given for another")
    @APIResponse(responseCode = "404", description = "No such part, or no such warehouse among the caller's")
    @APIResponse(responseCode = "409", description = "Not enough available stock at the source, or a unit listed "
            + "is not in stock there (not reserved): the error names serialNumbers[i]")
    public Response send(@NotNull @Valid NewTransfer body, UriInfo uri) {
        Transfer.View transfer = desk.send(body, caller);
        return Response.created(uri.getAbsolutePathBuilder().path(transfer.id().toString()).build())
                .entity(transfer).build();
    }

    @GET
    @Path("/transfers/{id}")
    @RolesAllowed({Roles.PARTS_CLERK, Roles.ENGINEER, Roles.MANAGER, Roles.PARTNER})
    @Operation(summary = "A transfer")
    @APIResponse(responseCode = "200", description = "The transfer",
            content = @Content(schema = @Schema(implementation = Transfer.View.class)))
    @APIResponse(responseCode = "404", description = "No such transfer between the caller's warehouses")
    public Transfer.View transfer(@PathParam("id") UUID id) {
        return desk.transfer(id, caller);
    }

    @POST
    @Path("/transfers/{id}/receipt")
    @RolesAllowed({Roles.PARTS_CLERK, Roles.MANAGER, Roles.PARTNER})
    @Operation(summary = "Receive a transfer at its destination")
    @APIResponse(responseCode = "200", description = "Received",
            content = @Content(schema = @Schema(implementation = Transfer.View.class)))
    @APIResponse(responseCode = "404", description = "No such transfer between the caller's warehouses")
    @APIResponse(responseCode = "409", description = "Received before")
    public Transfer.View receiveTransfer(@PathParam("id") UUID id) {
        return desk.receiveTransfer(id, caller);
    }

    @POST
    @Path("/counts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Open a stock count (盘点) of a location, freezing it",
            description = "While the count is open the ledger refuses every movement at the location (409).")
    @APIResponse(responseCode = "201", description = "Opened",
            content = @Content(schema = @Schema(implementation = StockCount.View.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, invalid, missing or unknown fields")
    @APIResponse(responseCode = "404", description = "No such warehouse")
    @APIResponse(responseCode = "409", description = "The location is being counted already")
    public Response openCount(@NotNull @Valid StockCount.NewCount body, UriInfo uri) {
        StockCount.View count = counts.open(body, caller);
        return Response.created(uri.getAbsolutePathBuilder().path(count.id().toString()).build()).entity(count)
                .build();
    }

    @GET
    @Path("/counts/{id}")
    @RolesAllowed({Roles.MANAGER, Roles.PARTS_CLERK})
    @Operation(summary = "A stock count with its lines: book, counted, variance")
    @APIResponse(responseCode = "200", description = "The count",
            content = @Content(schema = @Schema(implementation = StockCount.View.class)))
    @APIResponse(responseCode = "404", description = "No such count")
    public StockCount.View count(@PathParam("id") UUID id) {
        return counts.view(id, caller);
    }

    @PUT
    @Path("/counts/{id}/lines/{partNumber}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.PARTS_CLERK})
    @Operation(summary = "Record what was found of a part (again: corrects it)",
            description = "A serial-tracked part is counted by serial: serialNumbers lists the units found (counted, "
                    + "when given, must be their number); the line shows the units the books hold that were not "
                    + "found (missingSerials) and those found that the books do not hold here (unexpectedSerials). "
                    + "Another part is counted by quantity (counted).")
    @APIResponse(responseCode = "200", description = "The count with the line",
            content = @Content(schema = @Schema(implementation = StockCount.View.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, invalid, missing or unknown fields; "
            + "serialNumbers missing or repeated for a serial-tracked part, or given for another; counted missing "
            + "for another, or not the number of serialNumbers")
    @APIResponse(responseCode = "404", description = "No such count or part")
    @APIResponse(responseCode = "409", description = "The count was approved")
    public StockCount.View countPart(@PathParam("id") UUID id, @PathParam("partNumber") String partNumber,
            @NotNull @Valid StockCount.Counted body) {
        return counts.count(id, partNumber, body, caller);
    }

    @POST
    @Path("/counts/{id}/approval")
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Approve a count: each variance becomes a ledger adjustment and the location moves again",
            description = "A serial-tracked part's line adjusts unit by unit: ADJUSTMENT_DOWN for each missing serial "
                    + "(the unit is MISSING), ADJUSTMENT_UP for each unexpected one (in stock here).")
    @APIResponse(responseCode = "200", description = "Approved",
            content = @Content(schema = @Schema(implementation = StockCount.View.class)))
    @APIResponse(responseCode = "404", description = "No such count")
    @APIResponse(responseCode = "409", description = "Approved before, a shortfall below what is reserved, a "
            + "missing unit that is reserved, or an unexpected unit held elsewhere (the error names serialNumbers)")
    public StockCount.View approveCount(@PathParam("id") UUID id) {
        return counts.approve(id, caller);
    }

    @PUT
    @Path("/minimums/{warehouseId}/{partNumber}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Set the minimum stock (最低库存) of a part at a location",
            description = "An absolute minimum, a share (percent) of the installed base the location serves (seed "
                    + "002: 3), or the share each device's contract sets (contractShare: its "
                    + "spares.minimumLocalStockPercent, else 3): ceil(Σ share × the installed units of the models the "
                    + "part fits within the location's organisation, all for the vendor's own / 100), a device "
                    + "counting the quantity it was registered with. Available stock below it raises one reorder "
                    + "alert and aftersales.stock.below-minimum.v1; back at it, the alert clears. Checked at once, "
                    + "after every movement and, for a share, after every device event of a fitting model and, for "
                    + "the contracts' shares, every contract event.")
    @APIResponse(responseCode = "200", description = "Set; what it requires now",
            content = @Content(schema = @Schema(implementation = StockViews.MinimumView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, invalid, missing or unknown fields; not exactly "
            + "one of minimum, installedBaseShare and contractShare true")
    @APIResponse(responseCode = "404", description = "No such part or warehouse")
    public StockViews.MinimumView setMinimum(@PathParam("warehouseId") UUID warehouseId,
            @PathParam("partNumber") String partNumber, @NotNull @Valid StockViews.Minimum body) {
        return desk.setMinimum(warehouseId, partNumber,
                new MinimumStock.Rule(body.minimum(), body.installedBaseShare(),
                        Boolean.TRUE.equals(body.contractShare())), caller);
    }

    @GET
    @Path("/minimums/{warehouseId}/{partNumber}")
    @RolesAllowed({Roles.MANAGER, Roles.PARTS_CLERK, Roles.PARTNER})
    @Operation(summary = "The minimum stock rule of a part at a location, and what it requires now")
    @APIResponse(responseCode = "200", description = "The rule",
            content = @Content(schema = @Schema(implementation = StockViews.MinimumView.class)))
    @APIResponse(responseCode = "404", description = "No such part, warehouse among the caller's, or rule")
    public StockViews.MinimumView minimum(@PathParam("warehouseId") UUID warehouseId,
            @PathParam("partNumber") String partNumber) {
        return desk.minimum(warehouseId, partNumber, caller);
    }

    @GET
    @Path("/reorder-alerts")
    @RolesAllowed({Roles.MANAGER, Roles.PARTS_CLERK})
    @Operation(summary = "Open reorder alerts (补货预警), oldest first, with the suggested quantity and the open "
            + "replenishment order placed for each")
    @APIResponse(responseCode = "200", description = "The open alerts")
    public List<StockViews.ReorderAlert> reorderAlerts() {
        return minimums.openAlerts();
    }
}
