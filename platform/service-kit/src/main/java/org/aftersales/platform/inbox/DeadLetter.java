package org.aftersales.platform.inbox;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An event a consumer gave up on (死信): the message as received, why, after how many attempts, and whether an
 * operator replayed it.
 *
 * @param eventId the CloudEvent id, null when the message was not a readable event
 * @param eventType the CloudEvent type, null when unreadable
 * @param subject the aggregate id, null when unreadable
 * @param reason the last failure, e.g. {@code SQLSTATE 40001: could not serialize access}
 * @param replayedBy the operator who replayed it, null while not replayed
 */
public record DeadLetter(
        @Schema(description = "The dead letter's id, for reading and replaying it", required = true) UUID id,
        @Schema(description = "The consumer (channel) that gave up on the message") String consumer,
        @Schema(description = "The CloudEvent id; null when the message was not a readable event", nullable = true) UUID eventId,
        @Schema(description = "The CloudEvent type; null when unreadable") String eventType,
        @Schema(description = "The aggregate id; null when unreadable") String subject,
        @Schema(description = "The message as received") String message,
        @Schema(description = "The last failure", examples = "SQLSTATE 40001: could not serialize access") String reason,
        @Schema(description = "How many times the consumer tried it") int attempts,
        @Schema(description = "When the consumer gave up", required = true) Instant deadLetteredAt,
        @Schema(description = "When an operator replayed it; null while not replayed", nullable = true) Instant replayedAt,
        @Schema(description = "The operator who replayed it; null while not replayed") String replayedBy) {
}
