package org.aftersales.notification.survey;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the satisfaction surveys ({@code aftersales.survey.*}, ADR 0027). */
@ConfigMapping(prefix = "aftersales.survey")
public interface SurveyConfig {

    /** The key the links' tokens are signed with (HMAC-SHA256); at least 32 characters. */
    String tokenSecret();

    /** How long a survey's link can be answered. */
    @WithDefault("P30D")
    Duration expiry();

    /** An overall score at or below this is a low score, which opens a complaint. */
    @WithDefault("2")
    int lowScore();

    /** What the token is appended to in the link sent to the customer. */
    String link();
}
