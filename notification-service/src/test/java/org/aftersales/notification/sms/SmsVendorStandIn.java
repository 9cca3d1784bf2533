package org.aftersales.notification.sms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local stand-in for the SMS vendors' APIs, the one test double the suite allows (the vendors are outside). It
 * checks each request the way the vendor does — the signature over what arrived, the credentials, a timestamp
 * within 15 minutes — answers as the vendor answers (success, or a scripted error), and keeps the SMS it accepted,
 * which Aliyun's send-record query ({@code QuerySendDetails}) lists.
 */
public final class SmsVendorStandIn implements AutoCloseable {

    public static final String ALIYUN_KEY_ID = "LTAI-stand-in";
    public static final String ALIYUN_SECRET = "aliyun-stand-in-secret";
    public static final String TENCENT_SECRET_ID = "AKID-stand-in";
    public static final String TENCENT_SECRET_KEY = "tencent-stand-in-key";
    public static final String TENCENT_APP = "1400006666";

    private static final Duration SKEW = Duration.ofMinutes(15);
    private static final Set<String> ALIYUN_ACTIONS = Set.of("SendSms", "QuerySendDetails");

    /** One SMS the stand-in accepted. */
    public record Received(String vendor, String phone, String signName, String templateCode,
            List<String> parameters, String reference) {
    }

    private record Answer(int status, String body) {
    }

    private final HttpServer server;
    private final ObjectMapper json = new ObjectMapper();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<String> refused = new CopyOnWriteArrayList<>();
    private final List<String> queries = new CopyOnWriteArrayList<>();
    private final Deque<Answer> aliyunAnswers = new ConcurrentLinkedDeque<>();
    private final Deque<Answer> tencentAnswers = new ConcurrentLinkedDeque<>();

    public SmsVendorStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/aliyun/", this::aliyun);
        server.createContext("/tencent/", this::tencent);
        server.start();
    }

    public URI aliyunEndpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/aliyun/");
    }

    public URI tencentEndpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/tencent/");
    }

    /** The SMS accepted so far. */
    public List<Received> received() {
        return List.copyOf(received);
    }

    /** The numbers Aliyun's send records were asked about ({@code QuerySendDetails}), one per page asked. */
    public List<String> queries() {
        return List.copyOf(queries);
    }

    /** Why the requests refused for a bad signature or credentials were refused. */
    public List<String> refusedSignatures() {
        return List.copyOf(refused);
    }

    /** The next Aliyun request (that passes the signature check) is answered with this error code. */
    public void aliyunAnswersNext(int status, String code) {
        aliyunAnswers.add(new Answer(status, "{\"Code\":\"" + code + "\",\"Message\":\"stand-in: " + code
                + "\",\"RequestId\":\"stand-in\"}"));
    }

    /** The next Tencent request (that passes the signature check) is answered with this error code. */
    public void tencentAnswersNext(String code) {
        tencentAnswers.add(new Answer(200, "{\"Response\":{\"Error\":{\"Code\":\"" + code
                + "\",\"Message\":\"stand-in: " + code + "\"},\"RequestId\":\"stand-in\"}}"));
    }

    /** The next Tencent request is answered with this HTTP status and an empty body. */
    public void tencentFailsNext(int status) {
        tencentAnswers.add(new Answer(status, ""));
    }

    public void forgetAll() {
        received.clear();
        refused.clear();
        queries.clear();
        aliyunAnswers.clear();
        tencentAnswers.clear();
    }

    private void aliyun(HttpExchange exchange) throws IOException {
        Map<String, String> form = new TreeMap<>();
        for (String pair : new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).split("&")) {
            int equals = pair.indexOf('=');
            form.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        String signature = form.remove("Signature");
        String expected = AliyunSms.signature(exchange.getRequestMethod(), new TreeMap<>(form), ALIYUN_SECRET);
        if (!ALIYUN_KEY_ID.equals(form.get("AccessKeyId"))) {
            refuse(exchange, 404, "aliyun InvalidAccessKeyId.NotFound");
            return;
        }
        if (!expected.equals(signature) || !fresh(Instant.parse(form.get("Timestamp")))
                || !ALIYUN_ACTIONS.contains(form.get("Action")) || !"HMAC-SHA1".equals(form.get("SignatureMethod"))) {
            refuse(exchange, 400, "aliyun SignatureDoesNotMatch");
            return;
        }
        if ("QuerySendDetails".equals(form.get("Action"))) {
            querySendDetails(exchange, form);
            return;
        }
        Answer scripted = aliyunAnswers.poll();
        if (scripted != null) {
            answer(exchange, scripted);
            return;
        }
        JsonNode parameters = json.readTree(form.get("TemplateParam"));
        List<String> values = new ArrayList<>();
        parameters.fields().forEachRemaining(field -> values.add(field.getKey() + "=" + field.getValue().asText()));
        received.add(new Received("aliyun", form.get("PhoneNumbers"), form.get("SignName"), form.get("TemplateCode"),
                values, form.get("OutId")));
        answer(exchange, new Answer(200, "{\"Code\":\"OK\",\"Message\":\"OK\",\"BizId\":\"9006197469364984^0\","
                + "\"RequestId\":\"stand-in\"}"));
    }

    /**
     * Aliyun's {@code QuerySendDetails}: the SMS accepted for one number, a page of them, each with its
     * {@code OutId}. (The stand-in keeps no dates: every SMS it holds counts as sent on the day asked.)
     */
    private void querySendDetails(HttpExchange exchange, Map<String, String> form) throws IOException {
        queries.add(form.get("PhoneNumber"));
        int size = Integer.parseInt(form.get("PageSize"));
        int page = Integer.parseInt(form.get("CurrentPage"));
        List<Received> sent = received.stream().filter(sms -> sms.vendor().equals("aliyun")
                && sms.phone().equals(form.get("PhoneNumber"))).toList();
        ObjectNode answer = json.createObjectNode().put("Code", "OK").put("Message", "OK")
                .put("RequestId", "stand-in").put("TotalCount", sent.size());
        ArrayNode details = answer.putObject("SmsSendDetailDTOs").putArray("SmsSendDetailDTO");
        sent.stream().skip((long) (page - 1) * size).limit(size).forEach(sms -> details.addObject()
                .put("PhoneNum", sms.phone()).put("SendStatus", 3).put("ErrCode", "DELIVERED")
                .put("TemplateCode", sms.templateCode()).put("OutId", sms.reference()));
        answer(exchange, new Answer(200, answer.toString()));
    }

    private void tencent(HttpExchange exchange) throws IOException {
        String payload = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String timestamp = exchange.getRequestHeaders().getFirst("X-TC-Timestamp");
        String host = exchange.getRequestHeaders().getFirst("Host");
        String expected = TencentSms.authorization(TENCENT_SECRET_ID, TENCENT_SECRET_KEY, host, payload,
                Long.parseLong(timestamp));
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.contains("Credential=" + TENCENT_SECRET_ID + "/")) {
            refuse(exchange, 200, "tencent AuthFailure.SecretIdNotFound");
            return;
        }
        if (!expected.equals(authorization) || !fresh(Instant.ofEpochSecond(Long.parseLong(timestamp)))
                || !"SendSms".equals(exchange.getRequestHeaders().getFirst("X-TC-Action"))
                || !TencentSms.VERSION.equals(exchange.getRequestHeaders().getFirst("X-TC-Version"))) {
            refuse(exchange, 200, "tencent AuthFailure.SignatureFailure");
            return;
        }
        JsonNode request = json.readTree(payload);
        if (!TENCENT_APP.equals(request.path("SmsSdkAppId").asText())) {
            answer(exchange, new Answer(200, "{\"Response\":{\"Error\":{\"Code\":\"FailedOperation.SmsSdkAppIdVerifyFail\","
                    + "\"Message\":\"stand-in\"},\"RequestId\":\"stand-in\"}}"));
            return;
        }
        Answer scripted = tencentAnswers.poll();
        if (scripted != null) {
            answer(exchange, scripted);
            return;
        }
        List<String> values = new ArrayList<>();
        request.path("TemplateParamSet").forEach(value -> values.add(value.asText()));
        String phone = request.path("PhoneNumberSet").path(0).asText();
        received.add(new Received("tencent", phone, request.path("SignName").asText(),
                request.path("TemplateId").asText(), values, request.path("SessionContext").asText()));
        answer(exchange, new Answer(200, "{\"Response\":{\"SendStatusSet\":[{\"SerialNo\":\"5000:1045710669157053657849499619\","
                + "\"PhoneNumber\":\"" + phone + "\",\"Fee\":1,\"SessionContext\":\"\",\"Code\":\"Ok\","
                + "\"Message\":\"send success\",\"IsoCode\":\"CN\"}],\"RequestId\":\"stand-in\"}}"));
    }

    private static boolean fresh(Instant timestamp) {
        return Duration.between(timestamp, Instant.now()).abs().compareTo(SKEW) <= 0;
    }

    private void refuse(HttpExchange exchange, int status, String why) throws IOException {
        refused.add(why);
        String code = why.substring(why.indexOf(' ') + 1);
        String body = why.startsWith("aliyun")
                ? "{\"Code\":\"" + code + "\",\"Message\":\"stand-in\",\"RequestId\":\"stand-in\"}"
                : "{\"Response\":{\"Error\":{\"Code\":\"" + code + "\",\"Message\":\"stand-in\"},\"RequestId\":\"stand-in\"}}";
        answer(exchange, new Answer(status, body));
    }

    private static void answer(HttpExchange exchange, Answer answer) throws IOException {
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=utf-8");
        exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
