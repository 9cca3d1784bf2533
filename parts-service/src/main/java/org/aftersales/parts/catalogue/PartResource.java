package org.aftersales.parts.catalogue;

import io.quarkus.security.Authenticated;
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
import org.aftersales.platform.idempotency.Idempotent;
import org.aftersales.platform.paging.Paging;
import org.aftersales.platform.security.Caller;
import org.aftersales.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/parts")
@Tag(name = "Parts", description = "备件目录: the part catalogue with supersession")
@Produces(MediaType.APPLICATION_JSON)
@Idempotent
public class PartResource {

    private final Catalogue catalogue;
    private final Caller caller;

    PartResource(Catalogue catalogue, Caller caller) {
        this.catalogue = catalogue;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTS_CLERK, Roles.MANAGER})
    @Operation(summary = "Add a part to the catalogue")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = PartView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, invalid, missing or unknown fields")
    @APIResponse(responseCode = "409", description = "The part number is taken")
    public Response add(@NotNull @Valid NewPart body, UriInfo uri) {
        PartView part = catalogue.add(body, caller.username());
        return Response.created(uri.getAbsolutePathBuilder().path(part.partNumber()).build()).entity(part).build();
    }

    @GET
    @Authenticated
    @Operation(summary = "The catalogue, by part number")
    @APIResponse(responseCode = "200", description = "A page of parts",
            content = @Content(schema = @Schema(implementation = PartPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid filter or paging")
    public PartPage list(
            @QueryParam("model") @Size(max = 100) String model,
            @QueryParam("category") PartCategory category,
            @QueryParam("page") @DefaultValue("0")
            @Pattern(regexp = Paging.WHOLE_NUMBER, message = Paging.NOT_WHOLE_NUMBER)
            @Max(Paging.MAX_PAGE) String page,
            @QueryParam("size") @DefaultValue("50")
            @Pattern(regexp = Paging.WHOLE_NUMBER, message = Paging.NOT_WHOLE_NUMBER)
            @Min(1) @Max(500) String size) {
        return catalogue.list(model, category, Integer.parseInt(page), Integer.parseInt(size));
    }

    @GET
    @Path("/{partNumber}")
    @Authenticated
    @Operation(summary = "A part, with the part that replaces it today")
    @APIResponse(responseCode = "200", description = "The part",
            content = @Content(schema = @Schema(implementation = PartView.class)))
    @APIResponse(responseCode = "404", description = "No such part")
    public PartView get(@PathParam("partNumber") String partNumber) {
        return catalogue.view(partNumber);
    }

    @PUT
    @Path("/{partNumber}/supersession")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTS_CLERK, Roles.MANAGER})
    @Operation(summary = "Name the newer part that replaces this one")
    @APIResponse(responseCode = "200", description = "The part, superseded",
            content = @Content(schema = @Schema(implementation = PartView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, or the newer part is not in the catalogue")
    @APIResponse(responseCode = "404", description = "No such part")
    @APIResponse(responseCode = "409", description = "The supersession would go round in a circle")
    public PartView supersede(@PathParam("partNumber") String partNumber, @NotNull @Valid Supersession body) {
        return catalogue.supersede(partNumber, body);
    }
}
