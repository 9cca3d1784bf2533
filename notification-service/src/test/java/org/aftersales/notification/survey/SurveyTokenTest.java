package org.aftersales.notification.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SurveyTokenTest {

    static final String SECRET = "a-test-secret-of-at-least-32-characters";
    static final UUID SURVEY = UUID.fromString("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");
    static final Instant EXPIRES = Instant.parse("2026-12-31T16:00:00Z");

    final SurveyToken tokens = new SurveyToken(SECRET);

    @Test
    void a_token_it_signed_gives_back_its_survey_and_expiry() {
        String token = tokens.issue(SURVEY, EXPIRES);

        assertThat(token).matches("[A-Za-z0-9_-]{32}\\.[A-Za-z0-9_-]{43}");
        assertThat(tokens.verify(token)).contains(new SurveyToken.Claims(SURVEY, EXPIRES));
    }

    @Test
    void a_forged_altered_or_malformed_token_is_refused() {
        String token = tokens.issue(SURVEY, EXPIRES);
        String[] parts = token.split("\\.");
        String laterPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ByteBuffer.allocate(24).putLong(SURVEY.getMostSignificantBits())
                        .putLong(SURVEY.getLeastSignificantBits()).putLong(EXPIRES.getEpochSecond() + 86_400)
                        .array());
        List<String> refused = List.of(
                new SurveyToken("another-secret-of-at-least-32-characters").issue(SURVEY, EXPIRES),
                laterPayload + "." + parts[1],
                parts[0] + "." + flip(parts[1]),
                parts[0] + "=." + parts[1],
                parts[0] + "." + parts[1] + "=",
                parts[0],
                token + ".x",
                "",
                "not a token",
                "%%%.%%%");
        for (String forged : refused) {
            assertThat(tokens.verify(forged)).as(forged).isEmpty();
        }
        assertThat(tokens.verify(null)).isEmpty();
    }

    @Test
    void only_the_hash_is_kept_sha_256_in_hex() {
        String token = tokens.issue(SURVEY, EXPIRES);

        assertThat(SurveyToken.hash(token)).hasSize(64).matches("[0-9a-f]+").isNotEqualTo(token)
                .isEqualTo(SurveyToken.hash(token));
        assertThat(SurveyToken.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void a_short_secret_is_refused() {
        assertThatThrownBy(() -> new SurveyToken("too-short")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SurveyToken(null)).isInstanceOf(IllegalArgumentException.class);
    }

    private static String flip(String text) {
        char last = text.charAt(text.length() - 1);
        return text.substring(0, text.length() - 1) + (last == 'A' ? 'B' : 'A');
    }
}
