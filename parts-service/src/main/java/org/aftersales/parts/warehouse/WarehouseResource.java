package org.aftersales.parts.warehouse;

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
import org.aftersales.platform.security.Caller;
import org.aftersales.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/warehouses")
@Tag(name = "Warehouses", description = "仓库: central, regional, engineers' vans, customer sites")
@Produces(MediaType.APPLICATION_JSON)
@Idempotent
public class WarehouseResource {

    private final Warehouses warehouses;
    private final Caller caller;

    WarehouseResource(Warehouses warehouses, Caller caller) {
        this.warehouses = warehouses;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTS_CLERK, Roles.MANAGER, Roles.PARTNER})
    @Operation(summary = "Open a warehouse", description = "A partner opens warehouses of its own organisation only.")
    @APIResponse(responseCode = "201", description = "Opened",
            content = @Content(schema = @Schema(implementation = WarehouseView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, invalid, missing or unknown fields")
    @APIResponse(responseCode = "409", description = "The code is taken")
    public Response add(@NotNull @Valid NewWarehouse body, UriInfo uri) {
        WarehouseView warehouse = warehouses.add(body, caller);
        return Response.created(uri.getAbsolutePathBuilder().path(warehouse.id().toString()).build())
                .entity(warehouse).build();
    }

    @GET
    @RolesAllowed({Roles.PARTS_CLERK, Roles.ENGINEER, Roles.MANAGER, Roles.QUALITY,
            Roles.PARTNER})
    @Operation(summary = "The warehouses the caller may see, by code")
    @APIResponse(responseCode = "200", description = "A page of warehouses",
            content = @Content(schema = @Schema(implementation = WarehousePage.class)))
    @APIResponse(responseCode = "400", description = "Invalid filter or paging")
    public WarehousePage list(
            @QueryParam("kind") WarehouseKind kind,
            @QueryParam("region") @Size(max = 100) String region,
            @QueryParam("page") @DefaultValue("0")
            @Pattern(regexp = Paging.WHOLE_NUMBER, message = Paging.NOT_WHOLE_NUMBER)
            @Max(Paging.MAX_PAGE) String page,
            @QueryParam("size") @DefaultValue("50")
            @Pattern(regexp = Paging.WHOLE_NUMBER, message = Paging.NOT_WHOLE_NUMBER)
            @Min(1) @Max(500) String size) {
        return warehouses.list(kind, region, Integer.parseInt(page), Integer.parseInt(size), caller);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PARTS_CLERK, Roles.ENGINEER, Roles.MANAGER, Roles.QUALITY,
            Roles.PARTNER})
    @Operation(summary = "A warehouse")
    @APIResponse(responseCode = "200", description = "The warehouse",
            content = @Content(schema = @Schema(implementation = WarehouseView.class)))
    @APIResponse(responseCode = "404", description = "No such warehouse among the caller's")
    public WarehouseView get(@PathParam("id") UUID id) {
        return warehouses.view(id, caller);
    }
}
