package org.aftersales.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebhookSignatureTest {

    /** The Standard Webhooks specification's example secret, message and signature. */
    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    static final long TIMESTAMP = 1614265330L;
    static final String BODY = "{\"test\": 2432232314}";

    @Test
    void the_specifications_test_vector() {
        assertThat(WebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // what changes | secret | id | timestamp | body
            "another secret    | whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSx | msg_p5jXN8AQM9LWM0D4loKWxJek | 1614265330 | "
                    + "{\"test\": 2432232314}",
            "another id        | whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw | msg_p5jXN8AQM9LWM0D4loKWxJel | 1614265330 | "
                    + "{\"test\": 2432232314}",
            "another timestamp | whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw | msg_p5jXN8AQM9LWM0D4loKWxJek | 1614265331 | "
                    + "{\"test\": 2432232314}",
            "another body      | whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw | msg_p5jXN8AQM9LWM0D4loKWxJek | 1614265330 | "
                    + "{\"test\": 2432232315}",
    })
    void any_change_to_what_is_signed_changes_the_signature(String change, String secret, String id, long timestamp,
            String body) {
        assertThat(WebhookSignature.sign(secret, id, timestamp, body))
                .startsWith("v1,")
                .isNotEqualTo(WebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY));
    }

    @Test
    void new_secrets_are_whsec_with_32_random_bytes() {
        String one = WebhookSignature.newSecret();
        String other = WebhookSignature.newSecret();

        assertThat(one).startsWith("whsec_").isNotEqualTo(other);
        assertThat(Base64.getDecoder().decode(one.substring("whsec_".length()))).hasSize(32);
    }

    @Test
    void a_secret_without_its_prefix_is_refused() {
        assertThatThrownBy(() -> WebhookSignature.sign("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", ID, TIMESTAMP, BODY))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
