package org.aftersales.warranty.customer;

import io.quarkus.security.Authenticated;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.UUID;
import org.aftersales.platform.idempotency.Idempotent;
import org.aftersales.platform.paging.Paging;
import org.aftersales.platform.security.Caller;
import org.aftersales.platform.security.Organisations;
import org.aftersales.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The customer archive. A customer is addressed by its organisation path written into the URL as it is
 * ({@code /api/v1/customers/dealer-a/customer-a}); its sites follow it ({@code .../dealer-a/customer-a/sites}).
 * No segment of a customer organisation may be {@code sites}, so every URL has one reading.
 */
@Path("/api/v1/customers")
@Tag(name = "Customers", description = "客户档案: customer organisations, their contacts and sites (现场)")
@Produces(MediaType.APPLICATION_JSON)
@Idempotent
public class CustomerResource {

    private static final String CUSTOMER = "/{organisation: " + CustomerPaths.ORGANISATION + "}";
    private static final String ORGANISATION_DESCRIPTION = "The customer's organisation path, slashes as they are: "
            + "/api/v1/customers/dealer-a/customer-a";

    private final CustomerArchive archive;
    private final Caller caller;

    CustomerResource(CustomerArchive archive, Caller caller) {
        this.archive = archive;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Register a customer organisation",
            description = "Partners register the customer organisations under them; vendor staff any. The organisation "
                    + "needs a parent (dealer-a/customer-a) and no segment named sites.")
    @APIResponse(responseCode = "201", description = "Registered; Location is /api/v1/customers/{organisation}",
            content = @Content(schema = @Schema(implementation = CustomerView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, invalid, missing or unknown fields")
    @APIResponse(responseCode = "409", description = "The organisation is registered already")
    public Response register(@NotNull @Valid NewCustomer body, UriInfo uri) {
        CustomerView customer = archive.register(body, caller);
        return Response.created(location(uri, customer.organisation())).entity(customer).build();
    }

    @GET
    @Authenticated
    @Operation(summary = "The customers of the caller's organisations, by organisation",
            description = "Vendor staff see all; a partner the customers under it; a customer itself.")
    @APIResponse(responseCode = "200", description = "A page of customers",
            content = @Content(schema = @Schema(implementation = CustomerPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid filter or paging")
    public CustomerPage list(
            @Parameter(description = "Only this organisation and those below it")
            @QueryParam("organisation") @Pattern(regexp = Organisations.PATTERN, message = "must be an organisation path")
            String organisation,
            @Parameter(description = "Only key customers (true) or only the others (false)")
            @QueryParam("keyCustomer") @Pattern(regexp = "true|false", message = "must be true or false") String keyCustomer,
            @QueryParam("page") @DefaultValue("0")
            @Pattern(regexp = Paging.WHOLE_NUMBER, message = Paging.NOT_WHOLE_NUMBER)
            @Max(Paging.MAX_PAGE) String page,
            @QueryParam("size") @DefaultValue("50")
            @Pattern(regexp = Paging.WHOLE_NUMBER, message = Paging.NOT_WHOLE_NUMBER)
            @Min(1) @Max(500) String size) {
        return archive.list(organisation, keyCustomer == null ? null : Boolean.valueOf(keyCustomer),
                Integer.parseInt(page), Integer.parseInt(size), caller);
    }

    @GET
    @Path(CUSTOMER)
    @Authenticated
    @Operation(summary = "A customer")
    @APIResponse(responseCode = "200", description = "The customer",
            content = @Content(schema = @Schema(implementation = CustomerView.class)))
    @APIResponse(responseCode = "404", description = "No such customer in the caller's organisations")
    public CustomerView get(
            @Parameter(description = ORGANISATION_DESCRIPTION, example = "dealer-a/customer-a")
            @PathParam("organisation") String organisation) {
        return archive.get(organisation, caller);
    }

    @PUT
    @Path(CUSTOMER)
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Change a customer's name, contacts, key-customer flag and notes",
            description = "Replaces those fields. Optimistic locking: send the version you read; when the record has "
                    + "changed since, 409 names the field version and nothing is changed.")
    @APIResponse(responseCode = "200", description = "The changed customer, with its next version",
            content = @Content(schema = @Schema(implementation = CustomerView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, invalid, missing or unknown fields")
    @APIResponse(responseCode = "404", description = "No such customer in the caller's organisations")
    @APIResponse(responseCode = "409", description = "Stale version: the customer changed since it was read")
    public CustomerView update(
            @Parameter(description = ORGANISATION_DESCRIPTION, example = "dealer-a/customer-a")
            @PathParam("organisation") String organisation,
            @NotNull @Valid CustomerUpdate body) {
        return archive.update(organisation, body, caller);
    }

    @POST
    @Path(CUSTOMER + "/sites")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Add a site (现场/使用地点) to a customer", description = "Site names are unique per customer.")
    @APIResponse(responseCode = "201", description = "Added; Location names the site",
            content = @Content(schema = @Schema(implementation = SiteView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, invalid, missing or unknown fields")
    @APIResponse(responseCode = "404", description = "No such customer in the caller's organisations")
    @APIResponse(responseCode = "409", description = "The customer has a site of this name")
    public Response addSite(
            @Parameter(description = ORGANISATION_DESCRIPTION, example = "dealer-a/customer-a")
            @PathParam("organisation") String organisation,
            @NotNull @Valid NewSite body, UriInfo uri) {
        SiteView site = archive.addSite(organisation, body, caller);
        return Response.created(URI.create(location(uri, organisation) + "/sites/" + site.id())).entity(site).build();
    }

    @GET
    @Path(CUSTOMER + "/sites")
    @Authenticated
    @Operation(summary = "A customer's sites, by name")
    @APIResponse(responseCode = "200", description = "The sites",
            content = @Content(schema = @Schema(implementation = SiteList.class)))
    @APIResponse(responseCode = "404", description = "No such customer in the caller's organisations")
    public SiteList sites(
            @Parameter(description = ORGANISATION_DESCRIPTION, example = "dealer-a/customer-a")
            @PathParam("organisation") String organisation) {
        return archive.sites(organisation, caller);
    }

    @GET
    @Path(CUSTOMER + "/sites/{id}")
    @Authenticated
    @Operation(summary = "A site of a customer")
    @APIResponse(responseCode = "200", description = "The site",
            content = @Content(schema = @Schema(implementation = SiteView.class)))
    @APIResponse(responseCode = "404", description = "No such site, or no such customer in the caller's organisations")
    public SiteView site(
            @Parameter(description = ORGANISATION_DESCRIPTION, example = "dealer-a/customer-a")
            @PathParam("organisation") String organisation,
            @PathParam("id") UUID id) {
        return archive.site(organisation, id, caller);
    }

    /** The customer's URL: the organisation path's segments appended as they are. */
    private static URI location(UriInfo uri, String organisation) {
        return uri.getBaseUriBuilder().path("/api/v1/customers").path(organisation).build();
    }
}
