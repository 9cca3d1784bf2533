package org.aftersales.platform.security;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/**
 * The few API paths a service answers without a bearer token ({@code aftersales.anonymous-api.paths}, prefixes such
 * as {@code /api/v1/surveys/}), e.g. a survey answered through the link a customer was sent. None by default.
 * Everything else under {@code /api/} needs a valid token ({@link AuthenticatedApi}); an operation under such a prefix
 * that needs a role still says so with {@code @RolesAllowed}. Anonymous callers there are rate-limited per address
 * ({@code org.aftersales.platform.ratelimit.ClientRateLimit}).
 */
@ConfigMapping(prefix = "aftersales.anonymous-api")
public interface AnonymousApi {

    /** Path prefixes, each starting with {@code /api/}. */
    Optional<List<String>> paths();

    /**
     * Whether a request path (decoded, with or without its leading slash) lies under one of the prefixes; a path with
     * a dot segment ({@code /../}, {@code /./}) never does, so that it cannot climb out of the prefix.
     */
    default boolean permits(String path) {
        String absolute = path.startsWith("/") ? path : "/" + path;
        return !absolute.contains("/.") && paths().orElse(List.of()).stream().anyMatch(absolute::startsWith);
    }
}
