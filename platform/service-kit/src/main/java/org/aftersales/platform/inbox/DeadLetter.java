package org.aftersales.platform.inbox;

import java.time.Instant;
import java.util.UUID;

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
public record DeadLetter(UUID id, String consumer, UUID eventId, String eventType, String subject, String message,
        String reason, int attempts, Instant deadLetteredAt, Instant replayedAt, String replayedBy) {
}
