package org.aftersales.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackoffTest {

    static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(5), Duration.ofHours(1));

    @ParameterizedTest(name = "after {0} failed attempts and jitter {1}: {2}")
    @CsvSource({
            // failed attempts, random, wait
            "1,    0.0,   PT2.5S",
            "1,    0.999, PT4.997S",
            "2,    0.0,   PT5S",
            "2,    0.5,   PT7.5S",
            "3,    0.0,   PT10S",
            "4,    0.0,   PT20S",
            "10,   0.0,   PT21M20S",
            "11,   0.0,   PT30M",
            "11,   0.5,   PT45M",
            "30,   0.0,   PT30M",
            "1000, 0.999, PT59M58.2S",
    })
    void the_wait_doubles_up_to_the_longest_with_equal_jitter(int failedAttempts, double random, Duration wait) {
        assertThat(BACKOFF.after(failedAttempts, () -> random)).isEqualTo(wait);
    }
}
