package org.aftersales.notification.sms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import org.aftersales.notification.delivery.Sender;
import org.aftersales.platform.crypto.Digests;

/**
 * Tencent Cloud SMS (腾讯云短信): {@code SendSms} of API 2021-01-11, a JSON POST signed with TC3-HMAC-SHA256
 * (signature v3) over the canonical request (method, path, query, the signed headers content-type, host and
 * x-tc-action, the payload's SHA-256). Its send records cannot be asked by our reference: its status pull
 * ({@code PullSmsSendStatus}) hands out each receipt once and only after the carrier reported it, so a send cut off
 * before its answer was recorded is taken as sent (ADR 0037).
 */
public final class TencentSms implements SmsProvider {

    static final String ACTION = "SendSms";
    static final String VERSION = "2021-01-11";
    static final String SERVICE = "sms";
    static final String CONTENT_TYPE = "application/json; charset=utf-8";

    private final URI endpoint;
    private final String secretId;
    private final String secretKey;
    private final String sdkAppId;
    private final String region;
    private final Duration timeout;
    private final HttpClient http;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    public TencentSms(SmsConfig.Tencent config, Duration timeout, HttpClient http, Clock clock) {
        this.endpoint = config.endpoint();
        this.secretId = config.secretId().orElseThrow(() -> missing("secret-id"));
        this.secretKey = config.secretKey().orElseThrow(() -> missing("secret-key"));
        this.sdkAppId = config.sdkAppId().orElseThrow(() -> missing("sdk-app-id"));
        this.region = config.region();
        this.timeout = timeout;
        this.http = http;
        this.clock = clock;
    }

    @Override
    public Sender.Delivery send(SmsRequest sms) {
        ObjectNode body = json.createObjectNode();
        body.putArray("PhoneNumberSet").add(sms.to().e164());
        body.put("SmsSdkAppId", sdkAppId);
        body.put("SignName", sms.signName());
        body.put("TemplateId", sms.templateCode());
        ArrayNode parameters = body.putArray("TemplateParamSet");
        sms.parameters().values().forEach(parameters::add);
        body.put("SessionContext", sms.reference());
        String payload = body.toString();
        long timestamp = Instant.now(clock).getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Content-Type", CONTENT_TYPE)
                .header("X-TC-Action", ACTION)
                .header("X-TC-Version", VERSION)
                .header("X-TC-Region", region)
                .header("X-TC-Timestamp", Long.toString(timestamp))
                .header("Authorization", authorization(secretId, secretKey, endpoint.getRawAuthority(), payload,
                        timestamp))
                .POST(HttpRequest.BodyPublishers.ofString(payload)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return outcome(response.statusCode(), response.body());
        } catch (IOException e) {
            return Sender.Delivery.failed("Tencent SMS not reached: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Sender.Delivery.failed("interrupted");
        }
    }

    /** What an answer of Tencent means: an {@code Error} by its code, else the number's {@code SendStatus}. */
    Sender.Delivery outcome(int status, String body) {
        JsonNode response;
        try {
            response = json.readTree(body).path("Response");
        } catch (JsonProcessingException e) {
            return Sender.Delivery.failed("Tencent " + status + ": " + body);
        }
        if (status >= 500 || response.isMissingNode()) {
            return Sender.Delivery.failed("Tencent " + status + ": " + body);
        }
        JsonNode error = response.path("Error");
        if (!error.isMissingNode()) {
            return byCode(error.path("Code").asText(), error.path("Message").asText());
        }
        JsonNode sent = response.path("SendStatusSet").path(0);
        if ("Ok".equals(sent.path("Code").asText())) {
            return Sender.Delivery.accepted("Tencent SerialNo " + sent.path("SerialNo").asText());
        }
        return byCode(sent.path("Code").asText(), sent.path("Message").asText());
    }

    /** Throttling, limits reached, a balance run out and the vendor's own faults are for now; the rest for good. */
    private static Sender.Delivery byCode(String code, String message) {
        boolean transientFault = code.startsWith("RequestLimitExceeded") || code.startsWith("LimitExceeded")
                || code.startsWith("InternalError") || code.equals("FailedOperation.InsufficientBalanceInSmsPackage")
                || code.equals("ResourceUnavailable") || code.isEmpty();
        String detail = "Tencent " + code + ": " + message;
        return transientFault ? Sender.Delivery.failed(detail) : Sender.Delivery.refused(detail);
    }

    /**
     * The {@code Authorization} header of TC3-HMAC-SHA256 for a JSON POST to {@code /}: the signing key derived
     * from {@code "TC3" + secretKey} through the date, the service and {@code tc3_request}.
     */
    static String authorization(String secretId, String secretKey, String host, String payload, long timestamp) {
        String date = Instant.ofEpochSecond(timestamp).atOffset(ZoneOffset.UTC).toLocalDate().toString();
        String signedHeaders = "content-type;host;x-tc-action";
        String canonicalRequest = "POST\n/\n\n"
                + "content-type:" + CONTENT_TYPE + "\n"
                + "host:" + host + "\n"
                + "x-tc-action:" + ACTION.toLowerCase() + "\n"
                + "\n" + signedHeaders + "\n" + Digests.sha256Hex(payload);
        String scope = date + "/" + SERVICE + "/tc3_request";
        String stringToSign = "TC3-HMAC-SHA256\n" + timestamp + "\n" + scope + "\n"
                + Digests.sha256Hex(canonicalRequest);
        byte[] secretDate = Digests.hmacSha256(("TC3" + secretKey).getBytes(StandardCharsets.UTF_8), date);
        byte[] secretService = Digests.hmacSha256(secretDate, SERVICE);
        byte[] secretSigning = Digests.hmacSha256(secretService, "tc3_request");
        String signature = HexFormat.of().formatHex(Digests.hmacSha256(secretSigning, stringToSign));
        return "TC3-HMAC-SHA256 Credential=" + secretId + "/" + scope + ", SignedHeaders=" + signedHeaders
                + ", Signature=" + signature;
    }

    private static IllegalStateException missing(String property) {
        return new IllegalStateException("aftersales.sms.tencent." + property + " is required for Tencent SMS");
    }
}
