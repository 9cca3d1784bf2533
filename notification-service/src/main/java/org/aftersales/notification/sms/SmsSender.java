package org.aftersales.notification.sms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Optional;
import org.aftersales.notification.delivery.Channel;
import org.aftersales.notification.delivery.Message;
import org.aftersales.notification.delivery.ProviderRecord;
import org.aftersales.notification.delivery.Sender;

/**
 * Sends messages by SMS through the configured vendor (Aliyun or Tencent): the approved template's code and the
 * parameters stored with the message. Neither vendor takes an idempotency key; our message reference (the message
 * id) travels as Aliyun's {@code OutId} and Tencent's {@code SessionContext}. A send cut off before its answer was
 * recorded (the attempt is written first, see {@link org.aftersales.notification.delivery.DeliveryTimers}) is
 * reconciled by asking the vendor's send records for that reference where the vendor can be asked (Aliyun's
 * {@code QuerySendDetails}); otherwise it is not repeated (ADR 0037).
 */
@ApplicationScoped
public class SmsSender implements Sender {

    private static final TypeReference<LinkedHashMap<String, String>> PARAMETERS = new TypeReference<>() { };

    private final SmsConfig config;
    private final SmsTemplates templates;
    private final ObjectMapper json;
    private final Optional<SmsProvider> provider;

    SmsSender(SmsConfig config, SmsTemplates templates, ObjectMapper json, Clock clock) {
        this.config = config;
        this.templates = templates;
        this.json = json;
        HttpClient http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
        this.provider = config.provider().map(vendor -> switch (vendor) {
            case ALIYUN -> AliyunSms.of(config, http, clock);
            case TENCENT -> new TencentSms(config.tencent(), config.timeout(), http, clock);
        });
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public ProviderRecord recordOf(Message message, String attemptKey, Instant startedAt) {
        if (provider.isEmpty()) {
            return ProviderRecord.CANNOT_TELL;
        }
        // A message whose number is no mobile number was refused before it reached the vendor.
        return MobileNumber.of(message.address)
                .map(to -> provider.get().recordOf(to, attemptKey, startedAt))
                .orElse(ProviderRecord.NEVER_GOT_IT);
    }

    @Override
    public Delivery send(Message message, String attemptKey) {
        if (provider.isEmpty()) {
            return Delivery.refused("no SMS provider is configured (aftersales.sms.provider)");
        }
        Optional<String> code = templates.codeOf(message.eventType);
        if (code.isEmpty()) {
            return Delivery.refused("no approved SMS template code for " + message.eventType);
        }
        Optional<MobileNumber> to = MobileNumber.of(message.address);
        if (to.isEmpty()) {
            return Delivery.refused("not a mobile number");
        }
        try {
            return provider.get().send(new SmsRequest(to.get(), config.signName(), code.get(),
                    json.readValue(message.parameters, PARAMETERS), attemptKey));
        } catch (JsonProcessingException e) {
            return Delivery.refused("the message's SMS parameters cannot be read: " + e.getOriginalMessage());
        }
    }
}
