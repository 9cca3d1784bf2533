package org.aftersales.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aftersales.platform.problem.FieldProblem;
import org.aftersales.platform.problem.ProblemException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Idempotency-Key on POST (IETF httpapi idempotency-key draft). In one transaction with the operation's own work:
 * take the caller's key (a concurrent duplicate holding it answers 409), answer the stored first result if there is
 * one (422 when it was for another request), else run the operation and store its answer. A failed operation rolls
 * back and stores nothing, so its retry runs again. Requests without the header pass through untouched.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class IdempotencyInterceptor {

    private final IdempotencyStore store;
    private final ObjectMapper json;
    private final HttpServerRequest request;
    private final SecurityIdentity identity;
    private final JsonWebToken token;

    IdempotencyInterceptor(IdempotencyStore store, ObjectMapper json, HttpServerRequest request,
            SecurityIdentity identity, JsonWebToken token) {
        this.store = store;
        this.json = json;
        this.request = request;
        this.identity = identity;
        this.token = token;
    }

    @AroundInvoke
    Object once(InvocationContext invocation) throws Exception {
        String header = invocation.getMethod().isAnnotationPresent(POST.class)
                ? request.getHeader(IdempotencyKey.HEADER)
                : null;
        if (header == null) {
            return invocation.proceed();
        }
        String key = IdempotencyKey.parse(header);
        String caller = caller();
        String fingerprint = fingerprint(invocation);
        return QuarkusTransaction.joiningExisting().call(() -> {
            if (!store.tryLock(caller, key)) {
                throw ProblemException.conflict("A request with this Idempotency-Key is still being processed; "
                        + "retry it when that one has been answered");
            }
            Optional<StoredResponse> first = store.find(caller, key);
            if (first.isPresent()) {
                return replay(first.get(), fingerprint, invocation);
            }
            Object result = invocation.proceed();
            StoredResponse answer = answer(result, fingerprint);
            if (answer.status() < 400) {
                store.save(caller, key, answer);
            }
            return result;
        });
    }

    private Object replay(StoredResponse first, String fingerprint, InvocationContext invocation)
            throws JsonProcessingException {
        if (!first.fingerprint().equals(fingerprint)) {
            throw new ProblemException(422, "Unprocessable Content",
                    "This Idempotency-Key was used for another request; send a new key with a new request",
                    List.of(new FieldProblem(IdempotencyKey.HEADER, "was used for another request")));
        }
        if (Response.class.isAssignableFrom(invocation.getMethod().getReturnType())) {
            Response.ResponseBuilder response = Response.status(first.status()).entity(first.body());
            first.headers().forEach((name, values) -> values.forEach(value -> response.header(name, value)));
            return response.build();
        }
        if (first.body() == null || invocation.getMethod().getReturnType() == void.class) {
            return null;
        }
        return json.readValue(first.body(), json.constructType(invocation.getMethod().getGenericReturnType()));
    }

    private StoredResponse answer(Object result, String fingerprint) throws JsonProcessingException {
        if (result instanceof Response response) {
            Map<String, List<String>> headers = new LinkedHashMap<>(response.getStringHeaders());
            if (response.hasEntity() && !headers.containsKey(HttpHeaders.CONTENT_TYPE)) {
                headers.put(HttpHeaders.CONTENT_TYPE, List.of(MediaType.APPLICATION_JSON));
            }
            return new StoredResponse(fingerprint, response.getStatus(), headers, body(response.getEntity()));
        }
        return new StoredResponse(fingerprint, result == null ? 204 : 200, Map.of(), body(result));
    }

    private String body(Object entity) throws JsonProcessingException {
        if (entity == null || entity instanceof String) {
            return (String) entity;
        }
        return json.writeValueAsString(entity);
    }

    /** Keys are kept per caller: the token's subject. */
    private String caller() {
        String subject = token.getSubject();
        return subject != null ? subject : identity.getPrincipal().getName();
    }

    /**
     * SHA-256 over the method, the path with its query and the operation's arguments: the body as JSON, or a binary
     * body (an upload read as {@code byte[]}, bounded by the HTTP body limit) as its bytes, hashed as they are.
     */
    private String fingerprint(InvocationContext invocation) throws JsonProcessingException {
        MessageDigest digest = sha256();
        digest.update((this.request.method().name() + ' ' + this.request.uri()).getBytes(StandardCharsets.UTF_8));
        for (Object argument : invocation.getParameters()) {
            if (argument instanceof UriInfo || argument instanceof HttpHeaders || argument instanceof Request
                    || argument instanceof SecurityContext) {
                continue;
            }
            digest.update((byte) '\n');
            if (argument instanceof byte[] bytes) {
                digest.update(sha256().digest(bytes));
            } else {
                digest.update(json.writeValueAsString(argument).getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
