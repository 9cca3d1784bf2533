package org.aftersales.ticket.dispatch;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.aftersales.platform.security.Caller;
import org.aftersales.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 工程师: the engineers dispatch chooses from. */
@Path("/api/v1/engineers")
@Tag(name = "Engineers", description = "工程师: skills, region and duty calendar")
@Produces(MediaType.APPLICATION_JSON)
public class EngineerResource {

    /** A Keycloak username. */
    static final String USERNAME = "[a-z0-9][a-z0-9._@-]{0,99}";

    private final EngineerRoster roster;
    private final Caller caller;

    EngineerResource(EngineerRoster roster, Caller caller) {
        this.roster = roster;
        this.caller = caller;
    }

    @PUT
    @Path("/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Register an engineer, or replace a registered engineer's profile",
            description = "The username is the engineer's Keycloak user. Duty hours are in Asia/Shanghai time; a "
                    + "shift whose end is not after its start ends the next day; an exception replaces the weekly "
                    + "hours of its date.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = EngineerView.class)))
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = EngineerView.class)))
    @APIResponse(responseCode = "400", description = "Invalid username, invalid, missing or unknown fields")
    public Response save(
            @Parameter(example = "engineer") @PathParam("username")
            @Pattern(regexp = USERNAME, message = "must be a user name of lower-case letters, digits and ._@-")
            String username,
            @NotNull @Valid EngineerProfile body, UriInfo uri) {
        EngineerRoster.Saved saved = roster.save(username, body, caller.username());
        return (saved.created() ? Response.created(uri.getAbsolutePath()) : Response.ok())
                .entity(saved.engineer()).build();
    }

    @GET
    @RolesAllowed({Roles.AGENT, Roles.ENGINEER, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Every engineer, by username")
    @APIResponse(responseCode = "200", description = "The engineers")
    public List<EngineerView> list() {
        return roster.list();
    }

    @GET
    @Path("/{username}")
    @RolesAllowed({Roles.AGENT, Roles.ENGINEER, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "An engineer")
    @APIResponse(responseCode = "200", description = "The engineer",
            content = @Content(schema = @Schema(implementation = EngineerView.class)))
    @APIResponse(responseCode = "404", description = "No such engineer")
    public EngineerView get(@PathParam("username") String username) {
        return roster.get(username);
    }
}
