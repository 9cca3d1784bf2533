package org.aftersales.warranty.claim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.aftersales.platform.idempotency.Idempotent;
import org.aftersales.platform.problem.ProblemException;
import org.aftersales.platform.security.Caller;
import org.aftersales.platform.security.Roles;
import org.aftersales.warranty.installedbase.Device;
import org.aftersales.warranty.installedbase.InstalledBase;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/claims")
@Tag(name = "三包 claims", description = "三包 decisions: remedy, payers, refund, periods and a bilingual trace")
@Produces(MediaType.APPLICATION_JSON)
@Idempotent
public class ClaimResource {

    static final String EXAMPLE = """
            {"deviceId": "3e2d1c0b-9a8f-4e7d-b6c5-a4b3c2d1e0f9", "productCategory": "colour-tv", "price": 3999.00,
             "component": "picture-tube", "fault": {"code": "NO-PICTURE"}, "claimedAt": "2026-11-23T02:00:00Z",
             "dates": {"invoice": "2026-06-28"}}""";

    private final InstalledBase installedBase;
    private final ClaimDecider decider;
    private final Caller caller;
    private final ObjectMapper json;

    ClaimResource(InstalledBase installedBase, ClaimDecider decider, Caller caller, ObjectMapper json) {
        this.installedBase = installedBase;
        this.decider = decider;
        this.caller = caller;
        this.json = json;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AGENT, Roles.ENGINEER, Roles.QUALITY})
    @Transactional
    @Operation(summary = "Decide a 三包 claim and store the decision",
            description = "Runs the 三包 engine on the claim's facts with the statutory policies and the commitment of "
                    + "the contract in force (the more favourable outcome wins; the trace says why). Facts the request "
                    + "leaves out come from the installed base: product category, price and document dates from the "
                    + "device, repairs from its repair history, the buyer from the contract (a business purchase), the "
                    + "assessed cause from the old-part assessment of the claim's ticket, component and fault.")
    @RequestBody(content = @Content(schema = @Schema(implementation = NewClaim.class),
            examples = @ExampleObject(name = "colour TV", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Decided and stored; Location names the claim",
            content = @Content(schema = @Schema(implementation = ClaimView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named")
    @APIResponse(responseCode = "404", description = "No such device")
    public Response create(@NotNull @Valid NewClaim body, UriInfo uri) {
        Device device = installedBase.find(body.deviceId(), caller);
        ClaimDecider.Decided decided = decider.decide(body, device);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        ClaimView view = new ClaimView(UUID.randomUUID(), device.id, device.serialNumber, device.customerOrganisation,
                decided.facts(), decided.view(), caller.username(), now);
        ClaimRecord record = new ClaimRecord();
        record.id = view.id();
        record.deviceId = device.id;
        record.customerOrganisation = device.customerOrganisation;
        record.product = decided.facts().product();
        record.component = decided.facts().component();
        record.faultCode = decided.facts().faultCode();
        record.claimedAt = decided.facts().claimedAt();
        record.remedy = decided.decision().remedy();
        record.policyId = decided.decision().policyId();
        record.ruleId = decided.decision().ruleId();
        record.document = write(view);
        record.createdBy = view.createdBy();
        record.createdAt = now;
        record.persist();
        return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build()).entity(view).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CUSTOMER, Roles.PARTNER, Roles.AGENT, Roles.ENGINEER, Roles.PARTS_CLERK, Roles.QUALITY, Roles.MANAGER,
            Roles.ADMIN})
    @Operation(summary = "A stored 三包 decision",
            description = "Partners and customers read the claims of their organisations (a claim belongs to its device's "
                    + "customer organisation); vendor staff read all.")
    @APIResponse(responseCode = "200", description = "The claim and its decision",
            content = @Content(schema = @Schema(implementation = ClaimView.class)))
    @APIResponse(responseCode = "404", description = "No such claim in the caller's organisations")
    public ClaimView get(@PathParam("id") UUID id) {
        ClaimRecord record = ClaimRecord.findById(id);
        if (record == null) {
            throw ProblemException.notFound("claim", id);
        }
        caller.requireAccess(record.customerOrganisation, "claim", id);
        try {
            return json.readValue(record.document, ClaimView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("claim " + id + " has an unreadable document", e);
        }
    }

    private String write(ClaimView view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("claim " + view.id() + " cannot be written", e);
        }
    }
}
