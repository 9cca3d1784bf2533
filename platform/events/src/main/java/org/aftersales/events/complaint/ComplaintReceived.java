package org.aftersales.events.complaint;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A complaint (投诉) was registered: the head of its 《客户投诉登记反馈表》. A SERIOUS one is for the quality
 * department and a manager at once.
 *
 * @param complaintId the complaint, also the event's subject
 * @param recordNumber the readable record number (记录备案编号), e.g. {@code TS-2026-000123}
 * @param customerOrganisation the customer organisation complained for; null for a walk-in complainant
 * @param severity {@code GENERAL} or {@code SERIOUS}
 * @param channel how it came in ({@code PHONE}, {@code ON_SITE}, {@code EMAIL}, {@code PORTAL}, {@code APP},
 *     {@code LETTER}, {@code REGULATOR}, {@code SOCIAL_MEDIA})
 * @param category what it is about ({@code PRODUCT_QUALITY}, {@code SERVICE_ATTITUDE}, {@code LATENESS}, …)
 * @param productName the product complained about, when named
 * @param model its model, when named
 * @param lotNumber its production batch (生产批号), when known
 * @param deviceIds the devices of the installed base it concerns
 * @param ticketIds the service tickets it concerns
 * @param reason the reason of the complaint (投诉原因)
 * @param regulatorInvolved whether the complainant went to a regulator (国家有关部门)
 */
public record ComplaintReceived(UUID complaintId, String recordNumber, String customerOrganisation, String severity,
        Complainant complainant, String channel, String category, String productName, String model, String lotNumber,
        List<UUID> deviceIds, List<UUID> ticketIds, String reason, boolean regulatorInvolved, String receivedBy,
        Instant receivedAt) {

    public ComplaintReceived {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(recordNumber, "recordNumber");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(complainant, "complainant");
        Objects.requireNonNull(receivedAt, "receivedAt");
        deviceIds = List.copyOf(deviceIds == null ? List.of() : deviceIds);
        ticketIds = List.copyOf(ticketIds == null ? List.of() : ticketIds);
    }
}
