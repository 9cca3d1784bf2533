package org.aftersales.notification.hotline;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.aftersales.notification.delivery.Message;
import org.aftersales.platform.idempotency.Idempotent;
import org.aftersales.platform.problem.FieldProblem;
import org.aftersales.platform.problem.ProblemException;
import org.aftersales.platform.security.Caller;
import org.aftersales.platform.security.Organisations;
import org.aftersales.platform.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Hotline change notices (服务热线变更通知): announced by a manager at least 3 days ahead, with whom they reached. */
@Path("/api/v1/notifications/hotline-notices")
@Tag(name = "Hotline notices", description = "服务热线变更通知: new hotline or duty numbers told to customers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Idempotent
public class HotlineNoticeResource {

    /** A phone number as people write it: digits with spaces, dashes, brackets, a leading plus; 3 to 20 digits. */
    static final String NUMBER = "\\+?[0-9][0-9 ()\\-]{1,30}[0-9]";

    private final Caller caller;
    private final HotlineNotices notices;
    private final Duration ahead;
    @Inject
    Clock clock;

    HotlineNoticeResource(Caller caller, HotlineNotices notices,
            @ConfigProperty(name = "aftersales.hotline.notice-ahead", defaultValue = "P3D") Duration ahead) {
        this.caller = caller;
        this.notices = notices;
        this.ahead = ahead;
    }

    @POST
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Transactional
    @Operation(operationId = "announceHotlineNotice",
            summary = "Announces a new hotline or duty number to the customers concerned, at once")
    @APIResponse(responseCode = "201", description = "The notice and the messages it made",
            content = @Content(schema = @Schema(implementation = HotlineNoticeView.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid, or the number takes effect in under 3 days")
    @APIResponse(responseCode = "403", description = "Only managers announce")
    public Response announce(@NotNull @Valid NewHotlineNotice body) {
        Instant now = Instant.now(clock);
        List<FieldProblem> problems = new ArrayList<>();
        if (body.effectiveAt().isBefore(now.plus(ahead))) {
            problems.add(new FieldProblem("effectiveAt", "must be at least " + ahead.toDays()
                    + " days ahead (customers are told that long before)"));
        }
        List<String> organisations = body.organisations() == null ? List.of() : body.organisations();
        for (int i = 0; i < organisations.size(); i++) {
            if (!Organisations.isValid(organisations.get(i))) {
                problems.add(new FieldProblem("organisations[" + i + "]", "must be an organisation path"));
            }
        }
        if (digits(body.number()) < 3 || digits(body.number()) > 20) {
            problems.add(new FieldProblem("number", "must have 3 to 20 digits"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.badRequest("The notice cannot be announced", problems);
        }
        HotlineNotice notice = notices.announce(new HotlineNotices.Announcement(body.kind(), body.number(),
                body.previousNumber(), body.effectiveAt(), organisations), caller.username(), now);
        return Response.status(Response.Status.CREATED).entity(view(notice)).build();
    }

    @GET
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN, Roles.AGENT})
    @Operation(operationId = "listHotlineNotices", summary = "The notices, newest first, without their reach")
    @APIResponse(responseCode = "200", description = "The notices")
    public List<HotlineNoticeView> list() {
        return HotlineNotice.<HotlineNotice>listAll(Sort.descending("announcedAt")).stream()
                .map(notice -> HotlineNoticeView.of(notice, List.of())).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN, Roles.AGENT})
    @Operation(operationId = "getHotlineNotice", summary = "A notice with every message it made and where each stands")
    @APIResponse(responseCode = "200", description = "The notice and its reach",
            content = @Content(schema = @Schema(implementation = HotlineNoticeView.class)))
    @APIResponse(responseCode = "404", description = "No such notice")
    public HotlineNoticeView get(@PathParam("id") UUID id) {
        return view(HotlineNotice.<HotlineNotice>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Hotline notice", id)));
    }

    private static HotlineNoticeView view(HotlineNotice notice) {
        List<HotlineNoticeView.Reach> reached = Message.<Message>list("eventId", Sort.ascending("recipient", "channel"),
                        notice.eventId).stream()
                .map(m -> new HotlineNoticeView.Reach(m.recipient, m.channel.name(), m.state.name())).toList();
        return HotlineNoticeView.of(notice, reached);
    }

    private static long digits(String number) {
        return number.chars().filter(Character::isDigit).count();
    }
}
