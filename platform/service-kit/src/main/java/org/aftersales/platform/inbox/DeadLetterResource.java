package org.aftersales.platform.inbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.aftersales.platform.paging.Paging;
import org.aftersales.platform.problem.ProblemException;
import org.aftersales.platform.security.Caller;
import org.aftersales.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Operators' view of the service's dead letters: list them, replay one. Served by each service itself under
 * {@code /ops}, outside the gateway's {@code /api/v1} routes: an operator calls the service it concerns directly.
 */
@Path("/ops/dead-letters")
@Tag(name = "Operations", description = "死信: events this service's consumers gave up on, and their replay")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class DeadLetterResource {

    private final DeadLetters deadLetters;
    private final Caller caller;

    DeadLetterResource(DeadLetters deadLetters, Caller caller) {
        this.deadLetters = deadLetters;
        this.caller = caller;
    }

    /** A page of dead letters. */
    public record DeadLetterPage(
            @Schema(description = "The dead letters of this page, newest first") List<DeadLetter> items,
            @Schema(description = "The page's number, from 0") int page,
            @Schema(description = "The most dead letters a page holds") int size,
            @Schema(description = "How many dead letters match, on all pages") long total) {
    }

    @GET
    @Operation(summary = "Dead letters, newest first: those not replayed yet, or all")
    @APIResponse(responseCode = "200", description = "A page of dead letters",
            content = @Content(schema = @Schema(implementation = DeadLetterPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid paging or filter")
    public DeadLetterPage list(
            @QueryParam("all") @DefaultValue("false")
            @Pattern(regexp = "true|false", message = "must be true or false") String all,
            @QueryParam("page") @DefaultValue("0")
            @Pattern(regexp = Paging.WHOLE_NUMBER, message = Paging.NOT_WHOLE_NUMBER)
            @Max(Paging.MAX_PAGE) String page,
            @QueryParam("size") @DefaultValue("20")
            @Pattern(regexp = Paging.WHOLE_NUMBER, message = Paging.NOT_WHOLE_NUMBER)
            @Min(1) @Max(200) String size) {
        boolean everything = Boolean.parseBoolean(all);
        int pageNumber = Integer.parseInt(page);
        int pageSize = Integer.parseInt(size);
        return new DeadLetterPage(deadLetters.list(everything, pageNumber, pageSize), pageNumber, pageSize,
                deadLetters.count(everything));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One dead letter, with the message as received")
    @APIResponse(responseCode = "200", description = "The dead letter",
            content = @Content(schema = @Schema(implementation = DeadLetter.class)))
    @APIResponse(responseCode = "404", description = "No such dead letter")
    public DeadLetter get(@PathParam("id") UUID id) {
        return deadLetters.find(id).orElseThrow(() -> ProblemException.notFound("Dead letter", id));
    }

    @POST
    @Path("/{id}/replay")
    @Operation(summary = "Replays a dead letter: its event goes back onto its topic, unchanged, and is applied once")
    @APIResponse(responseCode = "200", description = "Replayed: its event is in the outbox again, with who replayed it",
            content = @Content(schema = @Schema(implementation = DeadLetter.class)))
    @APIResponse(responseCode = "404", description = "No such dead letter")
    @APIResponse(responseCode = "409", description = "Replayed already, or not an event of the contract")
    public DeadLetter replay(@PathParam("id") UUID id) {
        return deadLetters.replay(id, caller.username());
    }
}
