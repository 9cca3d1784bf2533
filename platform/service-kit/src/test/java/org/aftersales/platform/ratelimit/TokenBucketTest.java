package org.aftersales.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @ParameterizedTest(name = "{0}/s burst {1}: {2} at once, then {3} ms later one more is {4}")
    @CsvSource({
            // rate, burst, taken at t=0, ms later, next allowed?
            "50, 100, 100,    0, false",
            "50, 100, 100,   20, true",
            "50, 100, 100,   19, false",
            "50, 100,  99,    0, true",
            " 1,   1,   1,  999, false",
            " 1,   1,   1, 1000, true",
            "10,   5,   5, 5000, true",
    })
    void refills_at_the_rate_up_to_the_burst(double rate, int burst, int taken, long laterMillis, boolean allowed) {
        TokenBucket bucket = new TokenBucket(rate, burst, 0);
        for (int i = 0; i < taken; i++) {
            assertThat(bucket.take(0)).isZero();
        }
        assertThat(bucket.take(laterMillis * 1_000_000).isZero()).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0}/s: an empty bucket waits {1} ms")
    @CsvSource({"50, 20", "1, 1000", "0.5, 2000"})
    void an_empty_bucket_says_how_long_until_the_next_token(double rate, long waitMillis) {
        TokenBucket bucket = new TokenBucket(rate, 1, 0);
        bucket.take(0);
        assertThat(bucket.take(0)).isEqualTo(Duration.ofMillis(waitMillis));
    }

    @ParameterizedTest(name = "a burst never grows beyond {1} after a long pause")
    @CsvSource({"50, 100", "1, 3"})
    void a_long_pause_fills_no_more_than_the_burst(double rate, int burst) {
        TokenBucket bucket = new TokenBucket(rate, burst, 0);
        long later = 3600 * SECOND;
        assertThat(bucket.isFull(later)).isTrue();
        for (int i = 0; i < burst; i++) {
            assertThat(bucket.take(later)).isZero();
        }
        assertThat(bucket.take(later)).isPositive();
        assertThat(bucket.isFull(later)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"0, 1", "-1, 10", "5, 0"})
    void refuses_a_rate_or_burst_that_admits_nothing(double rate, int burst) {
        assertThatThrownBy(() -> new TokenBucket(rate, burst, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
