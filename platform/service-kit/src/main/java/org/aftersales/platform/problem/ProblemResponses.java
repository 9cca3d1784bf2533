package org.aftersales.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Builds problem responses. Written as text so that every media-type negotiation yields the same body. */
@ApplicationScoped
public class ProblemResponses {

    private static final String TYPE_BASE = "https://aftersales.example.org/problems/";
    /** How long a client should wait before it retries a request the service could not serve. */
    private static final int RETRY_AFTER_SECONDS = 5;

    private final ObjectMapper json;

    ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    public Response of(int status, String title, String detail, List<FieldProblem> errors, UriInfo request) {
        String instance = request == null ? null : "/" + request.getPath().replaceFirst("^/", "");
        Response.ResponseBuilder response = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(text(status, title, detail, errors, instance));
        if (status == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return response.build();
    }

    /** 503 with {@code Retry-After}: the service cannot serve right now (its database is unreachable). */
    public Response unavailable(String detail, UriInfo request) {
        return unavailable(detail, RETRY_AFTER_SECONDS, request);
    }

    /** 503 with {@code Retry-After: seconds}. */
    public Response unavailable(String detail, int seconds, UriInfo request) {
        return retryAfter(of(503, "Service Unavailable", detail, List.of(), request), seconds);
    }

    /** The response with {@code Retry-After: seconds}. */
    public Response retryAfter(Response response, int seconds) {
        return Response.fromResponse(response).header(HttpHeaders.RETRY_AFTER, seconds).build();
    }

    /** The problem document as text, for the layers below JAX-RS (the HTTP limits). */
    public String text(int status, String title, String detail, List<FieldProblem> errors, String instance) {
        return write(new Problem(TYPE_BASE + slug(title), title, status, detail, instance, errors));
    }

    private String write(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("problem document cannot be written", e);
        }
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }
}
