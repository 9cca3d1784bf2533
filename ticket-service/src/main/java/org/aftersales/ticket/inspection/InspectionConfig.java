package org.aftersales.ticket.inspection;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Period;

/** How inspections (巡检) are generated and reported. */
@ConfigMapping(prefix = "aftersales.inspection")
public interface InspectionConfig {

    /** How often the generator looks for inspections to create ({@code off} disables it, e.g. in tests). */
    @WithDefault("1m")
    String generateEvery();

    /**
     * How far ahead of its date a planned inspection gets its ticket; occurrences missed as far back (an outage)
     * are still created.
     */
    @WithDefault("P14D")
    Period leadTime();

    /** The inspection report's deadline in working days when the contract names none (seed 000: 3). */
    @WithDefault("3")
    int reportWithinWorkingDays();
}
