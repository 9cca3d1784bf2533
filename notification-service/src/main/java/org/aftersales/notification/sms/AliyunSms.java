package org.aftersales.notification.sms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.aftersales.notification.delivery.ProviderRecord;
import org.aftersales.notification.delivery.Sender;
import org.aftersales.platform.crypto.Digests;

/**
 * Aliyun SMS (阿里云短信服务): {@code SendSms} of Dysmsapi 2017-05-25 over the RPC protocol, the request signed with
 * HMAC-SHA1 over the sorted, percent-encoded parameters (signature version 1.0). Its send records are asked with
 * {@code QuerySendDetails} (one number, one day in China time, pages of 50), whose entries carry our {@code OutId}.
 */
public final class AliyunSms implements SmsProvider {

    /** Codes that say "not now": throttled (流控), out of balance, the vendor's own fault. Retried. */
    private static final Set<String> TRANSIENT = Set.of("isv.BUSINESS_LIMIT_CONTROL", "isv.DAY_LIMIT_CONTROL",
            "isv.AMOUNT_NOT_ENOUGH", "isv.OUT_OF_SERVICE", "isp.SYSTEM_ERROR", "isp.GATEWAY_ERROR", "Throttling",
            "Throttling.User", "Throttling.Api", "ServiceUnavailable", "InternalError");

    /** The days of {@code QuerySendDetails}' {@code SendDate}: China's. */
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter SEND_DATE = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(CHINA);
    /** The largest page {@code QuerySendDetails} answers. */
    private static final int PAGE_SIZE = 50;

    private final URI endpoint;
    private final String accessKeyId;
    private final String accessKeySecret;
    private final String regionId;
    private final Duration timeout;
    private final HttpClient http;
    private final Clock clock;
    private final Supplier<String> nonces;
    private final ObjectMapper json = new ObjectMapper();

    public AliyunSms(SmsConfig.Aliyun config, Duration timeout, HttpClient http, Clock clock,
            Supplier<String> nonces) {
        this.endpoint = config.endpoint();
        this.accessKeyId = config.accessKeyId().orElseThrow(() -> missing("access-key-id"));
        this.accessKeySecret = config.accessKeySecret().orElseThrow(() -> missing("access-key-secret"));
        this.regionId = config.regionId();
        this.timeout = timeout;
        this.http = http;
        this.clock = clock;
        this.nonces = nonces;
    }

    public static AliyunSms of(SmsConfig config, HttpClient http, Clock clock) {
        return new AliyunSms(config.aliyun(), config.timeout(), http, clock, () -> UUID.randomUUID().toString());
    }

    @Override
    public Sender.Delivery send(SmsRequest sms) {
        SortedMap<String, String> parameters = new TreeMap<>();
        parameters.put("PhoneNumbers", phoneNumber(sms.to()));
        parameters.put("SignName", sms.signName());
        parameters.put("TemplateCode", sms.templateCode());
        parameters.put("TemplateParam", templateParam(sms.parameters()));
        parameters.put("OutId", sms.reference());
        try {
            HttpResponse<String> response = call("SendSms", parameters);
            return outcome(response.statusCode(), response.body());
        } catch (IOException e) {
            return Sender.Delivery.failed("Aliyun SMS not reached: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Sender.Delivery.failed("interrupted");
        }
    }

    /**
     * Pages through the day's SMS to the number ({@code QuerySendDetails}) for one whose {@code OutId} is our
     * reference. Any answer but {@code OK} leaves it unknown for now: it throws, and is asked again later.
     */
    @Override
    public ProviderRecord recordOf(MobileNumber to, String reference, Instant sentAt) {
        for (int page = 1; ; page++) {
            SortedMap<String, String> parameters = new TreeMap<>();
            parameters.put("PhoneNumber", phoneNumber(to));
            parameters.put("SendDate", SEND_DATE.format(sentAt));
            parameters.put("PageSize", Integer.toString(PAGE_SIZE));
            parameters.put("CurrentPage", Integer.toString(page));
            JsonNode answer;
            try {
                HttpResponse<String> response = call("QuerySendDetails", parameters);
                answer = json.readTree(response.body());
                if (response.statusCode() != 200 || !"OK".equals(answer.path("Code").asText())) {
                    throw new IllegalStateException("Aliyun QuerySendDetails answered " + response.statusCode()
                            + ": " + response.body());
                }
            } catch (IOException e) {
                throw new IllegalStateException("Aliyun SMS could not be asked for " + reference, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            JsonNode details = answer.path("SmsSendDetailDTOs").path("SmsSendDetailDTO");
            for (JsonNode detail : details) {
                if (reference.equals(detail.path("OutId").asText())) {
                    return ProviderRecord.TOOK_IT;
                }
            }
            if (details.size() < PAGE_SIZE || (long) page * PAGE_SIZE >= answer.path("TotalCount").asLong()) {
                return ProviderRecord.NEVER_GOT_IT;
            }
        }
    }

    /** POSTs one signed RPC call: the action's parameters and the common ones, signed together. */
    private HttpResponse<String> call(String action, SortedMap<String, String> parameters)
            throws IOException, InterruptedException {
        parameters.put("AccessKeyId", accessKeyId);
        parameters.put("Action", action);
        parameters.put("Format", "JSON");
        parameters.put("RegionId", regionId);
        parameters.put("SignatureMethod", "HMAC-SHA1");
        parameters.put("SignatureNonce", nonces.get());
        parameters.put("SignatureVersion", "1.0");
        parameters.put("Timestamp", Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString());
        parameters.put("Version", "2017-05-25");
        String form = canonicalQuery(parameters) + "&Signature="
                + percentEncode(signature("POST", parameters, accessKeySecret));
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** What an answer of Aliyun means: {@code Code} {@code OK} is accepted, the rest by code. */
    Sender.Delivery outcome(int status, String body) {
        JsonNode answer;
        try {
            answer = json.readTree(body);
        } catch (JsonProcessingException e) {
            answer = null;
        }
        String code = answer == null ? "" : answer.path("Code").asText("");
        String message = answer == null ? body : answer.path("Message").asText("");
        if (status == 200 && "OK".equals(code)) {
            return Sender.Delivery.accepted("Aliyun BizId " + answer.path("BizId").asText());
        }
        if (status >= 500 || code.isEmpty() || TRANSIENT.contains(code)) {
            return Sender.Delivery.failed("Aliyun " + status + " " + code + ": " + message);
        }
        return Sender.Delivery.refused("Aliyun " + status + " " + code + ": " + message);
    }

    /**
     * The RPC signature: Base64(HMAC-SHA1(secret + "&", method + "&%2F&" + percentEncode(canonicalized query))),
     * the query being the parameters sorted by name, each name and value percent-encoded.
     */
    static String signature(String method, SortedMap<String, String> parameters, String secret) {
        String stringToSign = method + "&" + percentEncode("/") + "&" + percentEncode(canonicalQuery(parameters));
        return Base64.getEncoder().encodeToString(Digests.hmac(Digests.HMAC_SHA1,
                (secret + "&").getBytes(StandardCharsets.UTF_8), stringToSign.getBytes(StandardCharsets.UTF_8)));
    }

    /** The parameters sorted by name, each name and value percent-encoded: what is signed and what is sent. */
    private static String canonicalQuery(SortedMap<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(p -> percentEncode(p.getKey()) + "=" + percentEncode(p.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** RFC 3986 percent-encoding as Aliyun wants it: a space is %20, {@code *} is %2A, {@code ~} stays. */
    static String percentEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                .replace("%7E", "~");
    }

    /** Mainland numbers without the country code; others with it, without the plus. */
    static String phoneNumber(MobileNumber to) {
        return to.mainland() ? to.e164().substring(3) : to.e164().substring(1);
    }

    private String templateParam(Map<String, String> parameters) {
        try {
            return json.writeValueAsString(parameters);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static IllegalStateException missing(String property) {
        return new IllegalStateException("aftersales.sms.aliyun." + property + " is required for Aliyun SMS");
    }
}
