package org.aftersales.notification.webhook;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.aftersales.notification.delivery.Deliveries;
import org.aftersales.notification.delivery.Message;
import org.aftersales.notification.notify.EventsConsumer;
import org.aftersales.platform.idempotency.Idempotent;
import org.aftersales.platform.paging.Paging;
import org.aftersales.platform.problem.FieldProblem;
import org.aftersales.platform.problem.ProblemException;
import org.aftersales.platform.security.Caller;
import org.aftersales.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/webhooks")
@Tag(name = "Webhooks", description = "Partner systems' endpoints, signed per Standard Webhooks, and their deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Idempotent
public class WebhookResource {

    private final Caller caller;
    private final Deliveries deliveries;
    private final Set<String> subscribable;

    WebhookResource(Caller caller, Deliveries deliveries, EventsConsumer consumer) {
        this.caller = caller;
        this.deliveries = deliveries;
        this.subscribable = consumer.handledTypes();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTNER)
    @Transactional
    @Operation(summary = "Registers an endpoint of the caller's organisation",
            description = "It receives the subscribed events of the organisation and the customers below it. The "
                    + "answer carries the signing secret (whsec_…), shown only here.")
    @APIResponse(responseCode = "201", description = "Registered, with its secret",
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "400", description = "A bad URL or an event type that is not delivered")
    public Response register(@NotNull @Valid NewWebhook body) {
        String organisation = caller.organisation()
                .orElseThrow(() -> ProblemException.forbidden("the caller's token names no organisation"));
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < body.eventTypes().size(); i++) {
            if (!subscribable.contains(body.eventTypes().get(i))) {
                problems.add(new FieldProblem("eventTypes[" + i + "]", "is not an event type delivered by webhook"));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.badRequest("unknown event types", problems);
        }
        WebhookEndpoint endpoint = new WebhookEndpoint();
        endpoint.id = UUID.randomUUID();
        endpoint.organisation = organisation;
        endpoint.url = body.url();
        endpoint.eventTypes = body.eventTypes().stream().distinct().toArray(String[]::new);
        endpoint.secret = WebhookSignature.newSecret();
        endpoint.enabled = true;
        endpoint.createdBy = caller.username();
        endpoint.createdAt = Instant.now();
        endpoint.persist();
        return Response.status(Response.Status.CREATED).entity(WebhookView.withSecret(endpoint)).build();
    }

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "The endpoints of the caller's organisations")
    @APIResponse(responseCode = "200", description = "The endpoints, without their secrets")
    public List<WebhookView> list() {
        var scope = caller.scope();
        return WebhookEndpoint.<WebhookEndpoint>find(scope.jpql("organisation"), Sort.by("createdAt").and("id"),
                scope.parameters()).stream().map(WebhookView::of).toList();
    }

    @POST
    @Path("/{id}/secret")
    @RolesAllowed(Roles.PARTNER)
    @Transactional
    @Operation(summary = "Rotates the signing secret",
            description = "Deliveries are signed with the new secret and, for 24 hours, with the old one too.")
    @APIResponse(responseCode = "200", description = "The endpoint with its new secret",
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint in the caller's organisations")
    public WebhookView rotate(@PathParam("id") UUID id) {
        WebhookEndpoint endpoint = find(id);
        endpoint.rotate(WebhookSignature.newSecret(), Instant.now().plus(WebhookEndpoints.ROTATION_OVERLAP));
        return WebhookView.withSecret(endpoint);
    }

    @POST
    @Path("/{id}/enable")
    @RolesAllowed(Roles.PARTNER)
    @Transactional
    @Operation(summary = "Enables an endpoint that was disabled after its deliveries kept failing")
    @APIResponse(responseCode = "200", description = "The endpoint, enabled",
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint in the caller's organisations")
    public WebhookView enable(@PathParam("id") UUID id) {
        WebhookEndpoint endpoint = find(id);
        endpoint.enabled = true;
        endpoint.disabledReason = null;
        return WebhookView.of(endpoint);
    }

    @POST
    @Path("/{id}/disable")
    @RolesAllowed(Roles.PARTNER)
    @Transactional
    @Operation(summary = "Disables an endpoint: no event is posted to it until it is enabled again",
            description = "Deliveries still pending are given up when they fall due; they can be replayed once the "
                    + "endpoint is enabled again.")
    @APIResponse(responseCode = "200", description = "The endpoint, disabled, with who disabled it as the reason",
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint in the caller's organisations")
    public WebhookView disable(@PathParam("id") UUID id) {
        WebhookEndpoint endpoint = find(id);
        if (endpoint.enabled) {
            endpoint.enabled = false;
            endpoint.disabledReason = "disabled by " + caller.username();
        }
        return WebhookView.of(endpoint);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.PARTNER)
    @Transactional
    @Operation(summary = "Deletes an endpoint and its secret",
            description = "Nothing is posted to it any more: deliveries still pending are given up when they fall "
                    + "due. Its deliveries are no longer listed.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such endpoint in the caller's organisations")
    public void delete(@PathParam("id") UUID id) {
        find(id).delete();
    }

    @GET
    @Path("/{id}/deliveries")
    @RolesAllowed({Roles.PARTNER, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "The events posted to an endpoint, newest first, with their delivery state")
    @APIResponse(responseCode = "200", description = "A page of deliveries")
    @APIResponse(responseCode = "400", description = "Invalid paging")
    @APIResponse(responseCode = "404", description = "No such endpoint in the caller's organisations")
    public List<WebhookDeliveryView> deliveries(@PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("0")
            @Pattern(regexp = Paging.WHOLE_NUMBER, message = Paging.NOT_WHOLE_NUMBER)
            @Max(Paging.MAX_PAGE) String page,
            @QueryParam("size") @DefaultValue("20")
            @Pattern(regexp = Paging.WHOLE_NUMBER, message = Paging.NOT_WHOLE_NUMBER)
            @Min(1) @Max(200) String size) {
        WebhookEndpoint endpoint = find(id);
        PanacheQuery<Message> query = Message.find("recipient = :recipient",
                Sort.descending("createdAt").and("id"), Map.of("recipient", WebhookSender.recipient(endpoint.id)));
        return query.page(Page.of(Integer.parseInt(page), Integer.parseInt(size))).stream()
                .map(WebhookDeliveryView::of).toList();
    }

    @POST
    @Path("/{id}/deliveries/{messageId}/replay")
    @RolesAllowed(Roles.PARTNER)
    @Transactional
    @Operation(summary = "Posts a delivery again, with the same webhook-id",
            description = "For a delivery that was sent or given up; the endpoint must be enabled.")
    @APIResponse(responseCode = "202", description = "Queued again",
            content = @Content(schema = @Schema(implementation = WebhookDeliveryView.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint or delivery in the caller's organisations")
    @APIResponse(responseCode = "409", description = "The endpoint is disabled, or the delivery is still pending")
    public Response replay(@PathParam("id") UUID id, @PathParam("messageId") UUID messageId) {
        WebhookEndpoint endpoint = find(id);
        Message message = Message.<Message>find("id = ?1 and recipient = ?2", messageId,
                WebhookSender.recipient(endpoint.id)).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Delivery", messageId));
        if (!endpoint.enabled) {
            throw ProblemException.conflict("endpoint " + id + " is disabled: enable it first");
        }
        deliveries.replay(message, Instant.now());
        return Response.accepted(WebhookDeliveryView.of(message)).build();
    }

    private WebhookEndpoint find(UUID id) {
        WebhookEndpoint endpoint = WebhookEndpoint.findById(id);
        if (endpoint == null) {
            throw ProblemException.notFound("Webhook", id);
        }
        caller.requireAccess(endpoint.organisation, "Webhook", id);
        return endpoint;
    }
}
