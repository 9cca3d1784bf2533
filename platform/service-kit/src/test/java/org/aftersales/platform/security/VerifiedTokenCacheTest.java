package org.aftersales.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VerifiedTokenCacheTest {

    private static final Instant T0 = Instant.parse("2026-12-07T08:00:00Z");

    @ParameterizedTest(name = "kept at +{0} s until +{1} s, asked at +{2} s: found {3}")
    @CsvSource({
            // kept at, expiry, asked at, found?
            "0, 300,   0, true",
            "0, 300, 299, true",
            "0, 300, 300, false",
            "0, 300, 301, false",
            "0,   1,   0, true",
            "0,   0,   0, false",
            "10,  5,  10, false",
    })
    void a_token_is_found_until_its_expiry_and_never_after(long keptAt, long expiry, long askedAt, boolean found) {
        VerifiedTokenCache<String> cache = new VerifiedTokenCache<>(10);
        cache.keep("token", "identity", T0.plusSeconds(expiry), T0.plusSeconds(keptAt));
        assertThat(cache.find("token", T0.plusSeconds(askedAt))).isEqualTo(
                found ? Optional.of("identity") : Optional.empty());
    }

    @ParameterizedTest(name = "{0} is another token than the one kept")
    @CsvSource({"eyJ.payload.signaturX", "'eyJ.payload.signature '", "eyJ.payload", "EYJ.payload.signature", "''"})
    void only_the_very_same_text_is_found(String other) {
        VerifiedTokenCache<String> cache = new VerifiedTokenCache<>(10);
        cache.keep("eyJ.payload.signature", "identity", T0.plusSeconds(300), T0);
        assertThat(cache.find(other, T0)).isEmpty();
        assertThat(cache.find("eyJ.payload.signature", T0)).contains("identity");
    }

    @Test
    void an_expired_token_is_forgotten_when_asked_for() {
        VerifiedTokenCache<String> cache = new VerifiedTokenCache<>(10);
        cache.keep("token", "identity", T0.plusSeconds(60), T0);
        assertThat(cache.find("token", T0.plusSeconds(60))).isEmpty();
        assertThat(cache.size()).isZero();
    }

    @ParameterizedTest(name = "capacity {0}, {1} kept of which {2} expired, then one more: kept {3}, size {4}")
    @CsvSource({
            // capacity, kept, of which expired at the time of the new one, new one kept?, size after
            "3, 3, 0, false, 3",
            "3, 3, 1, true,  3",
            "3, 3, 3, true,  1",
            "3, 2, 0, true,  3",
            "1, 1, 0, false, 1",
            "0, 0, 0, false, 0",
    })
    void when_full_the_expired_make_room_and_otherwise_the_new_token_is_not_kept(int capacity, int kept, int expired,
            boolean newKept, int sizeAfter) {
        VerifiedTokenCache<String> cache = new VerifiedTokenCache<>(capacity);
        for (int i = 0; i < kept; i++) {
            cache.keep("token-" + i, "identity-" + i, T0.plusSeconds(i < expired ? 10 : 300), T0);
        }
        Instant later = T0.plusSeconds(20);
        cache.keep("new", "new identity", T0.plusSeconds(300), later);
        assertThat(cache.find("new", later).isPresent()).isEqualTo(newKept);
        assertThat(cache.size()).isEqualTo(sizeAfter);
        for (int i = expired; i < kept; i++) {
            assertThat(cache.find("token-" + i, later)).contains("identity-" + i);
        }
    }

    @Test
    void a_token_kept_again_when_full_replaces_its_entry() {
        VerifiedTokenCache<String> cache = new VerifiedTokenCache<>(1);
        cache.keep("token", "first", T0.plusSeconds(300), T0);
        cache.keep("token", "second", T0.plusSeconds(300), T0);
        assertThat(cache.find("token", T0)).contains("second");
    }

    @Test
    void refuses_a_negative_capacity() {
        assertThatThrownBy(() -> new VerifiedTokenCache<String>(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void threads_keeping_tokens_together_never_exceed_the_capacity() throws Exception {
        int capacity = 50;
        int threads = 8;
        for (int round = 0; round < 20; round++) {
            VerifiedTokenCache<String> cache = new VerifiedTokenCache<>(capacity);
            CyclicBarrier start = new CyclicBarrier(threads);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int thread = t;
                    done.add(pool.submit(() -> {
                        start.await();
                        for (int i = 0; i < 100; i++) {
                            cache.keep(thread + "-" + i, "identity", T0.plusSeconds(300), T0);
                        }
                        return null;
                    }));
                }
                for (Future<?> future : done) {
                    future.get();
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(cache.size()).as("round %d", round).isEqualTo(capacity);
        }
    }
}
