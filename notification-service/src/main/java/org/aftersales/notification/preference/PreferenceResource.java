package org.aftersales.notification.preference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.aftersales.notification.delivery.Channel;
import org.aftersales.platform.idempotency.Idempotent;
import org.aftersales.platform.problem.FieldProblem;
import org.aftersales.platform.problem.ProblemException;
import org.aftersales.platform.security.Caller;
import org.aftersales.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/**
 * The caller's notification preference: a person's own (vendor staff), or their organisation's (customers and
 * partners, whose contacts have no login of their own). Machine clients have none.
 */
@Path("/api/v1/notifications/preferences")
@Tag(name = "Notifications", description = "通知: the in-app inbox")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Idempotent
@RolesAllowed({Roles.CUSTOMER, Roles.PARTNER, Roles.AGENT, Roles.ENGINEER, Roles.PARTS_CLERK, Roles.QUALITY,
        Roles.MANAGER, Roles.ADMIN})
public class PreferenceResource {

    static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    private final Caller caller;
    @Inject
    Clock clock;

    PreferenceResource(Caller caller) {
        this.caller = caller;
    }

    @GET
    @Path("/me")
    @Operation(operationId = "getNotificationPreference",
            summary = "The caller's preference (an organisation's for customers and partners)")
    @APIResponse(responseCode = "200", description = "The preference; every channel, any time while never set",
            content = @Content(schema = @Schema(implementation = PreferenceView.class)))
    @APIResponse(responseCode = "403", description = "A machine client has no preference")
    public PreferenceView get() {
        String recipient = recipient();
        return PreferenceView.of(recipient, NotificationPreference.findById(recipient));
    }

    @PUT
    @Path("/me")
    @Transactional
    @Operation(operationId = "setNotificationPreference",
            summary = "Sets the caller's channels and quiet hours; urgent messages are never held")
    @APIResponse(responseCode = "200", description = "The preference as stored",
            content = @Content(schema = @Schema(implementation = PreferenceView.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid")
    @APIResponse(responseCode = "403", description = "A machine client has no preference")
    public PreferenceView set(@NotNull @Valid PreferenceUpdate update) {
        String recipient = recipient();
        List<FieldProblem> problems = new ArrayList<>();
        Set<Channel> disabled = channels(update.disabledChannels(), problems);
        ZoneId zone = zone(update.zone(), problems);
        LocalTime from = null;
        LocalTime to = null;
        if (update.quietHours() != null) {
            from = time("quietHours.from", update.quietHours().from(), problems);
            to = time("quietHours.to", update.quietHours().to(), problems);
            if (from != null && from.equals(to)) {
                problems.add(new FieldProblem("quietHours.to", "must differ from quietHours.from"));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.badRequest("The preference cannot be set", problems);
        }
        // One statement, so two people of an organisation setting it at once cannot collide on the first one.
        NotificationPreference.getEntityManager().createNativeQuery("""
                        insert into notification_preference (recipient, disabled_channels, quiet_from, quiet_to, zone,
                            updated_by, updated_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                        on conflict (recipient) do update set disabled_channels = excluded.disabled_channels,
                            quiet_from = excluded.quiet_from, quiet_to = excluded.quiet_to, zone = excluded.zone,
                            updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                .unwrap(NativeQuery.class)
                .setParameter(1, recipient)
                .setParameter(2, disabled.stream().map(Channel::name).sorted().collect(Collectors.joining(",")))
                .setParameter(3, from, StandardBasicTypes.LOCAL_TIME)
                .setParameter(4, to, StandardBasicTypes.LOCAL_TIME)
                .setParameter(5, zone.getId())
                .setParameter(6, caller.username())
                .setParameter(7, Timestamp.from(Instant.now(clock)))
                .executeUpdate();
        NotificationPreference.getEntityManager().clear();
        return PreferenceView.of(recipient, NotificationPreference.findById(recipient));
    }

    /** A person's own; a customer's or partner's is their organisation's. */
    private String recipient() {
        if (caller.hasRole(Roles.INTEGRATION)) {
            throw ProblemException.forbidden("A machine client has no notification preference");
        }
        if (caller.isVendorStaff()) {
            return "user:" + caller.username();
        }
        return caller.organisation().map(organisation -> "organisation:" + organisation)
                .orElseThrow(() -> ProblemException.forbidden("The caller belongs to no organisation"));
    }

    private static Set<Channel> channels(List<String> names, List<FieldProblem> problems) {
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        if (names == null) {
            return channels;
        }
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            Channel channel = Preference.OPTIONAL_CHANNELS.stream().filter(c -> c.name().equals(name)).findFirst()
                    .orElse(null);
            if (channel == null) {
                problems.add(new FieldProblem("disabledChannels[" + i + "]", "must be one of "
                        + Preference.OPTIONAL_CHANNELS + " (the inbox always stays)"));
            } else {
                channels.add(channel);
            }
        }
        return channels;
    }

    private static ZoneId zone(String zone, List<FieldProblem> problems) {
        if (zone == null) {
            return DEFAULT_ZONE;
        }
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            problems.add(new FieldProblem("zone", "must be a time zone such as Asia/Shanghai"));
            return DEFAULT_ZONE;
        }
    }

    private static LocalTime time(String field, String value, List<FieldProblem> problems) {
        if (value == null) {
            problems.add(new FieldProblem(field, "must be given, HH:mm"));
            return null;
        }
        try {
            return LocalTime.parse(value, HOURS);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "must be a time of day, HH:mm"));
            return null;
        }
    }
}
