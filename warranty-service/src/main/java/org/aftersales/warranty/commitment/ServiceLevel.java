package org.aftersales.warranty.commitment;

import java.util.Map;
import java.util.Optional;

/**
 * 服务级别: the time targets of one service level (A, B, C…). Every target runs from the moment the
 * fault is reported (报修), except resolution when {@link #resolutionFrom} says {@link ClockStart#ARRIVAL}.
 *
 * @param response       callback with a first assessment: A/B ≤10 min, C ≤30 min (000); 30 min (002); 1 h (003); 3 min (001)
 * @param onSite         engineer on site: 2 h (002); 4 h (003); 30 min (001); none promised in seed 000 part 1
 * @param resolution     service restored: 24 h (003); after arrival 30 min general / 1 h major (001)
 * @param resolutionFrom where the resolution clock starts
 * @param resolutionByFaultType resolution for one fault type, replacing {@code resolution}: software 48 h (002)
 */
public record ServiceLevel(
        TimeLimit response,
        Optional<TimeLimit> onSite,
        Optional<TimeLimit> resolution,
        ClockStart resolutionFrom,
        Map<FaultType, TimeLimit> resolutionByFaultType) {

    /** The event a clock starts from. */
    public enum ClockStart {
        /** 报修: the fault is reported. */
        REPORT,
        /** 到场: the engineer arrives on site (seed 001: fixed within 30 min of arrival). */
        ARRIVAL
    }

    /** The resolution target for a fault of this type: its own if the level names one, else the general one. */
    public Optional<TimeLimit> resolutionFor(FaultType type) {
        return Optional.ofNullable(resolutionByFaultType.get(type)).or(this::resolution);
    }
}
