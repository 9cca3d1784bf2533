package org.aftersales.parts.loaner;

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

@Path("/api/v1/loaners")
@Tag(name = "Loaners", description = "备机: backup units lent to a ticket's customer, tracked and recovered")
@Produces(MediaType.APPLICATION_JSON)
@Idempotent
public class LoanerResource {

    private final Loaners loaners;
    private final Caller caller;

    LoanerResource(Loaners loaners, Caller caller) {
        this.loaners = loaners;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTS_CLERK, Roles.MANAGER, Roles.PARTNER})
    @Operation(summary = "Lend a backup unit from stock to a ticket's customer",
            description = "Only as the loaner term of the contract in force for the ticket's device (else its "
                    + "organisation) says: the repair expected to take longer than its repairLongerThan (seed 002: "
                    + "P2D, also the default without a contract) and, when the term says so, the device back to the "
                    + "factory (seed 003). One unit per ticket at a time. The unit leaves the shelf (LOAN_OUT) and is "
                    + "overdue after the loan limit.")
    @APIResponse(responseCode = "201", description = "Lent",
            content = @Content(schema = @Schema(implementation = Loaner.View.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, or the part is not serial-tracked")
    @APIResponse(responseCode = "404", description = "No such part, or no such warehouse among the caller's")
    @APIResponse(responseCode = "409", description = "The loaner term does not cover the repair (naming the term and "
            + "the fact that fails), the ticket has a unit out on loan already, this unit is out on loan, or no unit "
            + "is available there")
    public Response lend(@NotNull @Valid NewLoan body, UriInfo uri) {
        Loaner.View loan = loaners.lend(body, caller);
        return Response.created(uri.getAbsolutePathBuilder().path(loan.id().toString()).build()).entity(loan).build();
    }

    @GET
    @RolesAllowed({Roles.PARTS_CLERK, Roles.MANAGER, Roles.ENGINEER, Roles.AGENT, Roles.PARTNER})
    @Operation(summary = "Loans, newest first; overdue=true: those out past their limit")
    @APIResponse(responseCode = "200", description = "A page of loans",
            content = @Content(schema = @Schema(implementation = Loaner.Page.class)))
    @APIResponse(responseCode = "400", description = "Invalid filter or paging")
    public Loaner.Page list(
            @QueryParam("ticket") String ticket,
            @QueryParam("status") Loaner.Status status,
            @QueryParam("overdue") @Pattern(regexp = "true|false", message = "must be true or false") String overdue,
            @QueryParam("page") @DefaultValue("0")
            @Pattern(regexp = Paging.WHOLE_NUMBER, message = Paging.NOT_WHOLE_NUMBER)
            @Max(Paging.MAX_PAGE) String page,
            @QueryParam("size") @DefaultValue("50")
            @Pattern(regexp = Paging.WHOLE_NUMBER, message = Paging.NOT_WHOLE_NUMBER)
            @Min(1) @Max(500) String size) {
        return loaners.list(QueryParameters.uuid("ticket", ticket), status, Boolean.parseBoolean(overdue),
                Integer.parseInt(page), Integer.parseInt(size), caller);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PARTS_CLERK, Roles.MANAGER, Roles.ENGINEER, Roles.AGENT, Roles.PARTNER})
    @Operation(summary = "A loan: where the unit is, since when, and for how long")
    @APIResponse(responseCode = "200", description = "The loan",
            content = @Content(schema = @Schema(implementation = Loaner.View.class)))
    @APIResponse(responseCode = "404", description = "No such loan among the caller's")
    public Loaner.View get(@PathParam("id") UUID id) {
        return loaners.view(id, caller);
    }

    @POST
    @Path("/{id}/recovery")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTS_CLERK, Roles.MANAGER, Roles.PARTNER})
    @Operation(summary = "The backup unit is back (the customer's own device returned): on the shelf again")
    @APIResponse(responseCode = "200", description = "Recovered, with the days on loan",
            content = @Content(schema = @Schema(implementation = Loaner.View.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "404", description = "No such loan (or warehouse) among the caller's")
    @APIResponse(responseCode = "409", description = "Recovered before")
    public Loaner.View recover(@PathParam("id") UUID id, @NotNull @Valid Recovery body) {
        return loaners.recover(id, body, caller);
    }
}
