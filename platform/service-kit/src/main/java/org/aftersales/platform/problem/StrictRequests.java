package org.aftersales.platform.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * What every request must be before an operation reads it: a body says what it is ({@code Content-Type}, UTF-8 when
 * it names a charset; 415 otherwise), and no path or query parameter carries a NUL character (U+0000), which
 * PostgreSQL refuses (400 naming the parameter).
 */
public class StrictRequests {

    private final ProblemResponses problems;

    StrictRequests(ProblemResponses problems) {
        this.problems = problems;
    }

    @ServerRequestFilter(preMatching = true)
    public Response mediaType(ContainerRequestContext request) {
        if (!hasBody(request)) {
            return null;
        }
        String contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (contentType == null || contentType.isBlank()) {
            return unsupported("A request with a body must say what it is in Content-Type, e.g. application/json",
                    request.getUriInfo());
        }
        String charset;
        try {
            charset = MediaType.valueOf(contentType).getParameters().get(MediaType.CHARSET_PARAMETER);
        } catch (IllegalArgumentException e) {
            return unsupported("The Content-Type cannot be read", request.getUriInfo());
        }
        if (charset != null && !StandardCharsets.UTF_8.name().equalsIgnoreCase(charset.strip())) {
            return unsupported("Bodies are read as UTF-8 only; send charset=utf-8 or no charset",
                    request.getUriInfo());
        }
        return null;
    }

    @ServerRequestFilter
    public Response parameters(ContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        String bad = withNul(uri.getPathParameters());
        if (bad == null) {
            bad = withNul(uri.getQueryParameters());
        }
        if (bad == null) {
            return null;
        }
        return problems.of(400, "Bad Request", "Parameter " + bad + " cannot be read",
                List.of(new FieldProblem(bad, "must not contain the NUL character (U+0000)")), uri);
    }

    private Response unsupported(String detail, UriInfo uri) {
        return problems.of(415, "Unsupported Media Type", detail,
                List.of(new FieldProblem(HttpHeaders.CONTENT_TYPE, detail)), uri);
    }

    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        return request.getHeaderString("Transfer-Encoding") != null
                || length != null && !length.strip().equals("0");
    }

    /** The name of a parameter whose name or a value holds a NUL, or null. */
    private static String withNul(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (parameter.getKey().indexOf('\u0000') >= 0) {
                return parameter.getKey().replace('\u0000', '?');
            }
            if (parameter.getValue().stream().anyMatch(value -> value != null && value.indexOf('\u0000') >= 0)) {
                return parameter.getKey();
            }
        }
        return null;
    }
}
