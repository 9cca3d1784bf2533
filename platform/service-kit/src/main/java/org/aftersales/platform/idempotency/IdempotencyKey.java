package org.aftersales.platform.idempotency;

import java.util.List;
import org.aftersales.platform.problem.FieldProblem;
import org.aftersales.platform.problem.ProblemException;

/**
 * The value of an {@code Idempotency-Key} header (IETF httpapi idempotency-key draft): a structured-field string
 * ({@code "8e03978e-…"}); the bare form without quotes is accepted too. 1 to 255 printable ASCII characters.
 */
public final class IdempotencyKey {

    /** The request header. */
    public static final String HEADER = "Idempotency-Key";
    static final int MAXIMUM_LENGTH = 255;

    private IdempotencyKey() {
    }

    /** The key in a header value, or 400 naming the header when it is no valid key. */
    public static String parse(String header) {
        String key = header.length() >= 2 && header.startsWith("\"") && header.endsWith("\"")
                ? header.substring(1, header.length() - 1)
                : header;
        if (key.isEmpty() || key.length() > MAXIMUM_LENGTH || !key.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)
                || key.indexOf('"') >= 0 || key.indexOf('\\') >= 0) {
            throw ProblemException.badRequest("The Idempotency-Key header cannot be read", List.of(new FieldProblem(
                    HEADER, "must be 1 to " + MAXIMUM_LENGTH + " printable ASCII characters, optionally quoted")));
        }
        return key;
    }
}
