package org.aftersales.notification.inbox;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.aftersales.platform.paging.Paging;
import org.aftersales.platform.security.Caller;
import org.aftersales.platform.security.OrganisationScope;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/notifications")
@Tag(name = "Notifications", description = "通知: the in-app inbox")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    private final Caller caller;

    NotificationResource(Caller caller) {
        this.caller = caller;
    }

    @GET
    @Authenticated
    @Operation(summary = "The notifications of the caller's organisations, newest first")
    @APIResponse(responseCode = "200", description = "A page of notifications",
            content = @Content(schema = @Schema(implementation = NotificationPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid paging")
    public NotificationPage list(
            @QueryParam("page") @DefaultValue("0")
            @Pattern(regexp = Paging.WHOLE_NUMBER, message = Paging.NOT_WHOLE_NUMBER)
            @Max(Paging.MAX_PAGE) String page,
            @QueryParam("size") @DefaultValue("20")
            @Pattern(regexp = Paging.WHOLE_NUMBER, message = Paging.NOT_WHOLE_NUMBER)
            @Min(1) @Max(200) String size) {
        int pageNumber = Integer.parseInt(page);
        int pageSize = Integer.parseInt(size);
        OrganisationScope scope = caller.scope();
        PanacheQuery<Notification> query = Notification.find(scope.jpql("customerOrganisation"),
                Sort.descending("createdAt").and("id"), scope.parameters());
        var items = query.page(Page.of(pageNumber, pageSize)).list().stream().map(NotificationView::of).toList();
        return new NotificationPage(items, pageNumber, pageSize, query.count());
    }
}
