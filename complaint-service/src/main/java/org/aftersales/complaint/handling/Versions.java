package org.aftersales.complaint.handling;

import jakarta.ws.rs.core.EntityTag;
import java.util.List;
import org.aftersales.platform.problem.FieldProblem;
import org.aftersales.platform.problem.ProblemException;

/** ETags of versioned records and the If-Match headers that name them. */
public final class Versions {

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version named by an If-Match header ({@code "3"} or {@code W/"3"}); null when absent or {@code *}. */
    public static Long ifMatch(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        String tag = header.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("If-Match must be an ETag this API gave out",
                    List.of(new FieldProblem("If-Match", "must be an ETag such as \"3\"")));
        }
    }
}
