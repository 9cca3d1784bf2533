package org.aftersales.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.aftersales.platform.concurrency.LockConflicts;
import org.aftersales.platform.json.UnacceptableValueException;
import org.hibernate.JDBCException;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure of a request into a problem document: validation (each bad field by its JSON
 * path), malformed JSON, unknown fields, not found, conflicts, 401 and 403. Unexpected failures
 * answer 500 with no detail; the cause goes to the log only.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String INVALID_FIELDS = "The request has invalid fields";
    /** PostgreSQL's SQLSTATE for a unique key refusing a row. */
    private static final String UNIQUE_VIOLATION = "23505";
    /** Seconds a client waits before it sends a request aborted by a lock conflict again. */
    private static final int LOCK_CONFLICT_RETRY_AFTER_SECONDS = 1;

    private final ProblemResponses problems;
    private final AllowedMethods allowedMethods;

    ProblemMappers(ProblemResponses problems, AllowedMethods allowedMethods) {
        this.problems = problems;
        this.allowedMethods = allowedMethods;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo request) {
        Response problem = problems.of(e.status(), e.title(), e.getMessage(), e.errors(), request);
        return e.retryAfterSeconds().map(seconds -> problems.retryAfter(problem, seconds)).orElse(problem);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo request) {
        List<FieldProblem> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldProblem(field(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message))
                .toList();
        return problems.of(400, "Bad Request", INVALID_FIELDS, errors, request);
    }

    /** Jackson's binding failures; declared apart so that it takes precedence over Quarkus's own mapper. */
    @ServerExceptionMapper
    public Response unbindable(MismatchedInputException e, UriInfo request) {
        return unreadable(e, request);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo request) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return badField(path(unknown), "unknown field; the fields allowed here are "
                    + unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")),
                    request);
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            return badField(path(format), "must be one of " + Arrays.toString(format.getTargetType().getEnumConstants()),
                    request);
        }
        if (e instanceof UnacceptableValueException unacceptable) {
            return badField(path(unacceptable), unacceptable.getOriginalMessage(), request);
        }
        if (e instanceof InvalidNullException nullValue) {
            return badField(path(nullValue), "must not be null", request);
        }
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return badField(path(mismatch), expected(mismatch.getTargetType()), request);
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return badField(path(mapping), "cannot be read", request);
        }
        return problems.of(400, "Bad Request", "The body is not well-formed JSON of the expected shape",
                List.of(new FieldProblem("body", "malformed JSON")), request);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo request) {
        return problems.of(401, "Unauthorized", "A valid bearer token is required", List.of(), request);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo request) {
        return problems.of(401, "Unauthorized", "A valid bearer token is required", List.of(), request);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo request) {
        return problems.of(403, "Forbidden", "Your roles do not allow this operation", List.of(), request);
    }

    @ServerExceptionMapper
    public Response identityProviderUnavailable(OIDCException e, UriInfo request) {
        LOG.warnf("the identity provider cannot verify tokens: %s", e.getMessage());
        return problems.of(503, "Service Unavailable", "Tokens cannot be verified right now; try again shortly",
                List.of(), request);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo request) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json, request);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (status.getStatusCode() >= 500) {
            LOG.error("request failed", e);
            return problems.of(status.getStatusCode(), status.getReasonPhrase(), "The request could not be completed",
                    List.of(), request);
        }
        Response problem = problems.of(status.getStatusCode(), status.getReasonPhrase(),
                describe(status.getStatusCode()), List.of(), request);
        if (status.getStatusCode() != 405 || request == null) {
            return problem;
        }
        return Response.fromResponse(problem)
                .header(HttpHeaders.ALLOW, String.join(", ", allowedMethods.on(request.getPath())))
                .build();
    }

    /**
     * Anything else is a 500 — except an unreachable database (503 with Retry-After), a lock conflict not retried away
     * (a deadlock or serialization failure, SQLSTATE 40P01/40001: 503 with Retry-After, worth sending again) and what
     * concurrent requests cause, wherever it surfaces (at flush or at commit): a record changed since it was read
     * (optimistic locking) or a second copy refused by a unique key, both 409.
     */
    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo request) {
        if (DatabaseOutage.isCause(e)) {
            LOG.warnf("the database is unreachable: %s", e.getMessage());
            return problems.unavailable("The service's database is unreachable; try again shortly", request);
        }
        Optional<String> lockConflict = LockConflicts.stateOf(e);
        if (lockConflict.isPresent()) {
            LOG.infof("lock conflict (SQLSTATE %s) answered 503: %s", lockConflict.get(), e.getMessage());
            return problems.unavailable("A concurrent change held the same records; send the request again",
                    LOCK_CONFLICT_RETRY_AFTER_SECONDS, request);
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return problems.of(409, "Conflict", "The record changed while this request ran; read it again and retry",
                        List.of(), request);
            }
            if (cause instanceof JDBCException jdbc && UNIQUE_VIOLATION.equals(jdbc.getSQLState())) {
                return problems.of(409, "Conflict", "A concurrent request created the same record; read it and retry",
                        List.of(), request);
            }
        }
        LOG.error("request failed", e);
        return problems.of(500, "Internal Server Error", "The request could not be completed", List.of(), request);
    }

    private Response badField(String field, String message, UriInfo request) {
        return problems.of(400, "Bad Request", INVALID_FIELDS, List.of(new FieldProblem(field, message)), request);
    }

    /** What a field of a type must be, in the words of the API (never a class name). */
    private static String expected(Class<?> type) {
        if (type == null) {
            return "has the wrong type";
        }
        if (type == String.class) {
            return "must be text";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "must be a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "must be a number";
        }
        if (type == LocalDate.class) {
            return "must be a date such as 2026-03-15";
        }
        if (type == Instant.class || type == OffsetDateTime.class) {
            return "must be an instant such as 2026-03-15T08:30:00Z";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be an array";
        }
        return "has the wrong type";
    }

    private static String describe(int status) {
        return switch (status) {
            case 404 -> "No resource at this path";
            case 405 -> "This method is not allowed on this path";
            case 406 -> "No acceptable representation; this API speaks application/json";
            case 415 -> "Send the body as application/json";
            default -> "The request cannot be served";
        };
    }

    /** The JSON path of a Jackson failure: {@code contact.phone}, {@code items[2].quantity}. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    /**
     * The JSON path of a bean-validation failure, without the resource method's name. A query or path
     * parameter is named as such; a body parameter (named {@code body} by convention) gives way to the
     * path of the bad property inside it.
     */
    private static String field(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new java.util.ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        nodes.removeIf(node -> node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CROSS_PARAMETER
                || node.getKind() == ElementKind.RETURN_VALUE);
        if (nodes.size() > 1 && nodes.get(0).getKind() == ElementKind.PARAMETER) {
            nodes.remove(0);
        }
        StringBuilder path = new StringBuilder();
        for (Path.Node node : nodes) {
            if (node.getIndex() != null) {
                path.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                path.append(path.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
