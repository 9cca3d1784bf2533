package org.aftersales.events.device;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A device's repair history crossed a 三包 threshold: the customer is now owed an exchange or a refund (e.g. the same
 * fault repaired twice and still failing). Published by warranty-service once per crossing, when the 三包 engine's
 * remedy for the component and fault becomes an exchange or refund after a resolved ticket; not again while it stays
 * one.
 *
 * @param deviceId the device, also the event's subject
 * @param deviceSerial its serial number (设备序列号)
 * @param customerOrganisation the owning customer organisation (its tenant)
 * @param product the product key the engine decided for (e.g. {@code colour-tv}), see warranty-service's README
 * @param component the failing component, {@code whole-unit} for the whole unit
 * @param faultCode the repeated fault
 * @param remedy the remedy now due, as the engine names it: {@code EXCHANGE} or {@code REFUND}
 * @param options the remedies the customer may choose among under the rule that fired (contains {@code remedy})
 * @param repairsCounted repairs of this component and fault in the device's history, the triggering one included
 * @param policyId the policy whose rule fired, e.g. {@code CN-GOODS-1995}
 * @param ruleId the rule that fired, e.g. {@code 1995.R3}
 * @param reasonZh why, in Chinese: the engine's trace line of that rule
 * @param reasonEn why, in English
 * @param ticketId the resolved ticket whose repair made the remedy due
 * @param dueAt when it became due: the end of that repair
 */
public record RemedyDue(
        UUID deviceId,
        String deviceSerial,
        String customerOrganisation,
        String product,
        String component,
        String faultCode,
        String remedy,
        List<String> options,
        int repairsCounted,
        String policyId,
        String ruleId,
        String reasonZh,
        String reasonEn,
        UUID ticketId,
        Instant dueAt) {

    public RemedyDue {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(deviceSerial, "deviceSerial");
        Objects.requireNonNull(customerOrganisation, "customerOrganisation");
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(faultCode, "faultCode");
        Objects.requireNonNull(remedy, "remedy");
        Objects.requireNonNull(policyId, "policyId");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(dueAt, "dueAt");
        options = options == null ? List.of() : List.copyOf(options);
    }
}
