package org.aftersales.warranty.sanbao;

import java.time.LocalDate;

/** An earlier exchange ({@code component} = {@link Claim#WHOLE_UNIT}) or part replacement (更换). */
public record Replacement(LocalDate date, String component) {
}
