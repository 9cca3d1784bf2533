package org.aftersales.platform.idempotency;

import java.util.List;
import java.util.Map;

/**
 * The first answer to a request with an Idempotency-Key.
 *
 * @param fingerprint the SHA-256 of the request's method, path and body, hex
 * @param status the HTTP status answered
 * @param headers the response headers set by the operation (Location, ETag, Content-Type …)
 * @param body the response body as written, or null
 */
record StoredResponse(String fingerprint, int status, Map<String, List<String>> headers, String body) {
}
