package org.aftersales.warranty.sanbao;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An earlier exchange ({@code component} = {@link Claim#WHOLE_UNIT}) or part replacement (更换).
 *
 * @param system         cars: the system the replaced part is a main part of ({@code engine}, {@code braking}, …);
 *                       empty for an assembly replaced as a whole or where not stated
 * @param qualityProblem replaced because of a quality problem (因质量问题), as the replacement counters require
 */
public record Replacement(LocalDate date, String component, Optional<String> system, boolean qualityProblem) {

    /** A replacement for a quality problem, of no stated system (a device's recorded part replacement). */
    public Replacement(LocalDate date, String component) {
        this(date, component, Optional.empty(), true);
    }
}
