package org.aftersales.notification.sms;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One SMS as the vendors take it: an approved template filled with parameters, never free text.
 *
 * @param templateCode the vendor's code of the approved template
 * @param parameters the template's parameters in the order of the template ({@code ${name}} for Aliyun; the same
 *     values as {@code {1}}, {@code {2}}, … for Tencent)
 * @param reference our reference of the message, passed through to the vendor's delivery receipt
 */
public record SmsRequest(MobileNumber to, String signName, String templateCode, Map<String, String> parameters,
        String reference) {

    public SmsRequest {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(templateCode, "templateCode");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }
}
