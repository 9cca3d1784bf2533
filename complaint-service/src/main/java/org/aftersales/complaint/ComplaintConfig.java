package org.aftersales.complaint;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Set;

/** Settings of complaint-service ({@code aftersales.complaint.*}). */
@ConfigMapping(prefix = "aftersales.complaint")
public interface ComplaintConfig {

    /** The deadlines of a complaint whose device or organisation has no contract that sets its own. */
    Defaults defaults();

    /** The share of each deadline at which it warns (预警), in percent, unless the contract says otherwise. */
    @WithDefault("75")
    int warningPercent();

    Attachments attachments();

    /** seed 000-3 and 篇一 "投诉处理方法". */
    interface Defaults {

        /** Contact the complainant after receipt (seed 000-3: 4 h). */
        @WithDefault("PT4H")
        Duration contactWithin();

        /** The latest reply time that may be promised to a GENERAL complaint on first contact (seed 000: 8 h). */
        @WithDefault("PT8H")
        Duration replyPromiseWithin();

        /** An investigated complaint's decision (seed 000-3: 7 days). */
        @WithDefault("P7D")
        Duration decisionWithin();

        /** A special case's decision, flagged by a manager (seed 000-3: 24 h). */
        @WithDefault("PT24H")
        Duration urgentDecisionWithin();

        /** Follow-up after the solution was carried out (seed 000-3: one week). */
        @WithDefault("P7D")
        Duration followUpWithin();
    }

    /** Evidence (photos, documents) attached to complaints. */
    interface Attachments {

        /** The largest attachment accepted, in bytes. */
        @WithDefault("10485760")
        long maxBytes();

        /** The media types accepted. */
        @WithDefault("image/jpeg,image/png,image/webp,application/pdf,text/plain")
        Set<String> allowedTypes();
    }
}
