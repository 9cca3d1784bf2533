package org.aftersales.platform.problem;

import java.util.List;
import java.util.Optional;

/** A refusal that the API answers with a problem document: not found, conflict, forbidden, bad request. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<FieldProblem> errors;
    private final Integer retryAfterSeconds;

    public ProblemException(int status, String title, String detail, List<FieldProblem> errors) {
        this(status, title, detail, errors, null);
    }

    private ProblemException(int status, String title, String detail, List<FieldProblem> errors,
            Integer retryAfterSeconds) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** The same refusal, answered with {@code Retry-After: seconds}: trying again later may succeed. */
    public ProblemException retryAfter(int seconds) {
        return new ProblemException(status, title, getMessage(), errors, seconds);
    }

    /** 404: the thing does not exist, or the caller may not know that it does. */
    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "Not Found", what + " " + id + " was not found", List.of());
    }

    /** 400 naming the bad fields. */
    public static ProblemException badRequest(String detail, List<FieldProblem> errors) {
        return new ProblemException(400, "Bad Request", detail, errors);
    }

    /** 409: the request conflicts with the current state. */
    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail, List.of());
    }

    /** 403: the caller may not do this. */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "Forbidden", detail, List.of());
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    /** Seconds after which the same request may succeed, when the refusal says so. */
    public Optional<Integer> retryAfterSeconds() {
        return Optional.ofNullable(retryAfterSeconds);
    }
}
