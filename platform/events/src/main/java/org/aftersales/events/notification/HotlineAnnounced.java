package org.aftersales.events.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A new service hotline (服务热线) or duty number (值班电话) announced to the customers it concerns.
 *
 * @param noticeId the notice, also the event's subject
 * @param kind {@code HOTLINE} or {@code DUTY_NUMBER}
 * @param number the new number, as customers dial it
 * @param previousNumber the number it replaces, when there was one
 * @param effectiveAt when the new number takes effect
 * @param effectiveDate the day it takes effect in China time, as customers are told it
 * @param organisations the customer organisations told (those under a partner included)
 */
public record HotlineAnnounced(UUID noticeId, String kind, String number, String previousNumber,
        Instant effectiveAt, LocalDate effectiveDate, List<String> organisations, String announcedBy,
        Instant announcedAt) {

    public HotlineAnnounced {
        Objects.requireNonNull(noticeId, "noticeId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(effectiveAt, "effectiveAt");
        organisations = List.copyOf(organisations == null ? List.of() : organisations);
    }
}
