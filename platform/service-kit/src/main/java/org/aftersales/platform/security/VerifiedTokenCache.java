package org.aftersales.platform.security;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bearer tokens quarkus-oidc has verified, each with the identity it made of it, kept until the token's own expiry
 * ({@code exp}) so that a caller who sends the same token again is not verified again (ADR 0042). Keyed by the whole
 * token text: another text (one changed character, another signature) is another token and is verified afresh. Holds
 * at most {@code capacity} tokens; when full, the expired ones are dropped first, and a token that still does not fit
 * is simply not kept (it is verified on every request, as without the cache). A capacity of 0 keeps nothing.
 * Identities are whatever the caller keeps ({@link VerifiedTokens}: the identity quarkus-oidc made).
 */
final class VerifiedTokenCache<I> {

    private record Verified<I>(I identity, Instant expiry) {}

    private final int capacity;
    private final Map<String, Verified<I>> tokens = new ConcurrentHashMap<>();

    VerifiedTokenCache(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative: " + capacity);
        }
        this.capacity = capacity;
    }

    /** The identity made of {@code token}, if it was verified and has not expired at {@code now}. */
    Optional<I> find(String token, Instant now) {
        Verified<I> verified = tokens.get(token);
        if (verified == null) {
            return Optional.empty();
        }
        if (!now.isBefore(verified.expiry())) {
            tokens.remove(token, verified);
            return Optional.empty();
        }
        return Optional.of(verified.identity());
    }

    /**
     * Keeps {@code identity}, verified from {@code token}, until {@code expiry}; nothing if it has expired. One at a
     * time, so that the capacity holds however many requests keep tokens together (finding one takes no lock).
     */
    synchronized void keep(String token, I identity, Instant expiry, Instant now) {
        if (!now.isBefore(expiry) || capacity == 0) {
            return;
        }
        if (tokens.size() >= capacity && !tokens.containsKey(token)) {
            tokens.values().removeIf(verified -> !now.isBefore(verified.expiry()));
            if (tokens.size() >= capacity) {
                return;
            }
        }
        tokens.put(token, new Verified<>(identity, expiry));
    }

    int size() {
        return tokens.size();
    }
}
