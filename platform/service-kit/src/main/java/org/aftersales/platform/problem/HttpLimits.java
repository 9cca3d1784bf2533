package org.aftersales.platform.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * 414 (URI too long), 431 (request header fields too large) and 413 (a Content-Length beyond
 * {@code quarkus.http.limits.max-body-size}) as problem documents, like every other error. Vert.x's HTTP decoder answers
 * the first two with an empty body before any route runs, and Quarkus's body limit the third, so the decoder's limits
 * are set well above the suite's ({@link HttpLimitsConfig}) and this filter, first of all (before authentication: the
 * request is refused for its size, whoever sends it), applies them. (A chunked body that turns out too large while it is read
 * is still the body handler's own 413; through the gateway, nginx refuses it first with a problem document.)
 */
@ApplicationScoped
public class HttpLimits {

    /** Before every other filter (authentication, CORS, the body handler). */
    private static final int FIRST = Integer.MAX_VALUE - 10;

    private final HttpLimitsConfig limits;
    private final long maxBody;
    private final ProblemResponses problems;

    HttpLimits(HttpLimitsConfig limits,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBody,
            ProblemResponses problems) {
        this.limits = limits;
        this.maxBody = maxBody.asLongValue();
        this.problems = problems;
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, FIRST);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        String uri = request.uri();
        if (uri != null && uri.length() > limits.maxUriLength()) {
            refuse(context, 414, "URI Too Long",
                    "The request target is longer than " + limits.maxUriLength() + " characters.", null);
            return;
        }
        int headers = headerSize(request.headers());
        if (headers > limits.maxHeaderSize()) {
            refuse(context, 431, "Request Header Fields Too Large",
                    "The request's header fields take " + headers + " bytes, more than " + limits.maxHeaderSize() + ".",
                    request.path());
            return;
        }
        if (announcedBody(request) > maxBody) {
            refuse(context, 413, "Content Too Large",
                    "The request body is larger than " + maxBody + " bytes.", request.path());
            return;
        }
        context.next();
    }

    /** The body's Content-Length, or -1 (none, chunked, or unreadable: left to the body handler). */
    private static long announcedBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Header lines as the decoder counts them: name, ": ", value. */
    static int headerSize(MultiMap headers) {
        int size = 0;
        for (Map.Entry<String, String> header : headers) {
            size += header.getKey().getBytes(StandardCharsets.UTF_8).length + 2
                    + header.getValue().getBytes(StandardCharsets.UTF_8).length;
        }
        return size;
    }

    private void refuse(RoutingContext context, int status, String title, String detail, String instance) {
        String body = problems.text(status, title, detail, List.of(), instance);
        context.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body)
                .onComplete(sent -> context.request().connection().close()); // what is left of the request is not read
    }
}
