package org.aftersales.platform.problem;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How long a request's URI and how large its header section may be ({@code aftersales.http.*}); beyond them the answer
 * is a 414 or 431 problem document ({@link HttpLimits}). Both stay below the HTTP decoder's own limits
 * ({@code quarkus.http.limits.max-initial-line-length} and {@code max-header-size}, 64 KiB), which answer without a
 * body and so are only reached by requests far beyond these.
 */
@ConfigMapping(prefix = "aftersales.http")
public interface HttpLimitsConfig {

    /** Characters of the request target (path and query): 8 KiB. */
    @WithDefault("8192")
    int maxUriLength();

    /** Bytes of all header lines together, names and values (as the decoder counts them): 20 KiB. */
    @WithDefault("20480")
    int maxHeaderSize();
}
