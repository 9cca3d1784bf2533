package org.aftersales.ticket.dispatch;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request and response bodies of dispatch and field work. */
public final class DispatchBodies {

    private DispatchBodies() {
    }

    /** The body of {@code POST /api/v1/tickets/{id}/assignment}. */
    @Schema(name = "AssignmentRequest")
    public record AssignmentRequest(
            @Schema(description = "The engineer's username", examples = "engineer") @NotBlank @Size(max = 100)
            String engineer,
            @Schema(description = "预约: the window in which the engineer promises to arrive")
            @NotNull @Valid Appointment appointment) {
    }

    /** 预约: the window in which the engineer promises to arrive. */
    @Schema(name = "Appointment")
    public record Appointment(
            @Schema(description = "The earliest arrival (ISO-8601, UTC)", examples = "2026-11-23T01:00:00Z")
            @NotNull Instant from,
            @Schema(description = "After from", examples = "2026-11-23T03:00:00Z") @NotNull Instant to) {
    }

    /** The body of {@code POST /api/v1/tickets/{id}/assignment/declination}. */
    @Schema(name = "Declination")
    public record Declination(
            @Schema(description = "Why the engineer cannot take the ticket", examples = "该时段在外地支援") @NotBlank @Size(max = 2000) String reason) {
    }

    /** Where the engineer stands: both coordinates (WGS 84 degrees) or neither. */
    @Schema(name = "Position")
    public record Position(
            @Schema(description = "Latitude in WGS 84 degrees; null without a position", examples = "39.9593")
            @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @Schema(description = "Longitude in WGS 84 degrees; null without a position", examples = "116.2985")
            @DecimalMin("-180") @DecimalMax("180") Double longitude) {

        static final Position NONE = new Position(null, null);
    }

    /** A ticket's assignment as the API shows it. */
    @Schema(name = "Assignment")
    public record AssignmentView(
            @Schema(description = "The ticket given to the engineer", required = true) UUID ticketId,
            @Schema(description = "The engineer's username") String engineer,
            @Schema(description = "预约: the window the customer was promised", required = true)
            Appointment appointment,
            @Schema(description = "Whether the engineer has answered, accepted or declined, or the assignment was"
                    + " replaced", required = true) AssignmentState state,
            @Schema(description = "Who dispatched the ticket (派工)") String assignedBy,
            @Schema(description = "When it was dispatched (ISO-8601, UTC)", required = true) Instant assignedAt,
            @Schema(description = "When the engineer accepted or declined (ISO-8601, UTC); null before",
                    nullable = true) Instant respondedAt,
            @Schema(description = "Why the engineer declined; null unless declined") String declineReason) {

        static AssignmentView of(Assignment a) {
            return new AssignmentView(a.ticketId, a.engineer, new Appointment(a.appointmentFrom, a.appointmentTo),
                    a.state, a.assignedBy, a.assignedAt, a.respondedAt, a.declineReason);
        }
    }

    /** One visit on site as the API shows it. */
    @Schema(name = "Visit")
    public record VisitView(
            @Schema(description = "The engineer on site") String engineer,
            @Schema(description = "When the engineer checked in on site (ISO-8601, UTC)", required = true)
            Instant checkedInAt,
            @Schema(description = "Where the engineer checked in; its coordinates are null when none were sent",
                    required = true) Position checkIn,
            @Schema(description = "When the engineer checked out (ISO-8601, UTC); null while on site",
                    nullable = true) Instant checkedOutAt,
            @Schema(description = "Where the engineer checked out; null while on site", nullable = true)
            Position checkOut) {

        static VisitView of(Visit v) {
            Position checkOut = v.checkedOutAt == null ? null : new Position(v.checkOutLatitude, v.checkOutLongitude);
            return new VisitView(v.engineer, v.checkedInAt, new Position(v.checkInLatitude, v.checkInLongitude),
                    v.checkedOutAt, checkOut);
        }
    }

    /** The engineers suggested for a ticket, best first. */
    @Schema(name = "EngineerSuggestions")
    public record Suggestions(
            @Schema(description = "The ticket to dispatch", required = true) UUID ticketId,
            @Schema(description = "The skill ranked by: the one asked for, else the device's model when known")
            String skill,
            @Schema(description = "The region ranked by, when one was asked for") String region,
            @Schema(description = "The moment duty was checked at (ISO-8601, UTC)", required = true) Instant at,
            @Schema(description = "The engineers, best first") List<EngineerRanking.Suggestion> engineers) {
    }
}
