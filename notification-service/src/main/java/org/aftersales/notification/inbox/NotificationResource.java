package org.aftersales.notification.inbox;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.aftersales.platform.idempotency.Idempotent;
import org.aftersales.platform.paging.Paging;
import org.aftersales.platform.security.Caller;
import org.aftersales.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/notifications")
@Tag(name = "Notifications", description = "通知: the in-app inbox")
@Produces(MediaType.APPLICATION_JSON)
@Idempotent
public class NotificationResource {

    private final Caller caller;

    NotificationResource(Caller caller) {
        this.caller = caller;
    }

    @GET
    @Authenticated
    @Operation(summary = "The caller's in-app notifications (theirs and their organisations'), newest first")
    @APIResponse(responseCode = "200", description = "A page of notifications",
            content = @Content(schema = @Schema(implementation = NotificationPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid paging")
    public NotificationPage list(
            @QueryParam("page") @DefaultValue("0")
            @Pattern(regexp = Paging.WHOLE_NUMBER, message = Paging.NOT_WHOLE_NUMBER)
            @Max(Paging.MAX_PAGE) String page,
            @QueryParam("size") @DefaultValue("20")
            @Pattern(regexp = Paging.WHOLE_NUMBER, message = Paging.NOT_WHOLE_NUMBER)
            @Min(1) @Max(200) String size,
            @QueryParam("unread") @DefaultValue("false")
            @Pattern(regexp = "true|false", message = "must be true or false") String unread) {
        int pageNumber = Integer.parseInt(page);
        int pageSize = Integer.parseInt(size);
        Map<String, Object> parameters = new HashMap<>(caller.scope().parameters());
        parameters.put("me", caller.username());
        String unreadOnly = Boolean.parseBoolean(unread) ? " and readAt is null" : "";
        PanacheQuery<Notification> query = Notification.find(visible() + unreadOnly,
                Sort.descending("createdAt").and("id"), parameters);
        var items = query.page(Page.of(pageNumber, pageSize)).list().stream().map(NotificationView::of).toList();
        return new NotificationPage(items, pageNumber, pageSize, query.count());
    }

    @POST
    @Path("/{id}/read")
    @Authenticated
    @Transactional
    @Operation(summary = "Marks one of the caller's notifications read")
    @APIResponse(responseCode = "200", description = "The notification, read",
            content = @Content(schema = @Schema(implementation = NotificationView.class)))
    @APIResponse(responseCode = "404", description = "No such notification for the caller")
    public NotificationView read(@PathParam("id") UUID id) {
        Map<String, Object> parameters = new HashMap<>(caller.scope().parameters());
        parameters.put("me", caller.username());
        parameters.put("id", id);
        Notification notification = Notification.<Notification>find("id = :id and " + visible(), parameters)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Notification", id));
        if (notification.readAt == null) {
            // As stored: PostgreSQL keeps microseconds.
            notification.readAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        }
        return NotificationView.of(notification);
    }

    /** Those for the caller, and those for everybody of an organisation the caller may see. */
    private String visible() {
        return "(recipient = :me or (recipient is null and " + caller.scope().jpql("customerOrganisation") + "))";
    }
}
