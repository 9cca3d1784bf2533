package org.aftersales.warranty.sanbao;

import java.time.Period;

/**
 * A warranty term: a period, optionally also a distance, whichever is reached first (以先到者为准).
 *
 * @param kmLimit {@link #NO_KM_LIMIT} when only time counts
 */
public record Term(Period period, long kmLimit, Source source) {

    public static final long NO_KM_LIMIT = Long.MAX_VALUE;

    public static Term years(int years, Source source) {
        return new Term(Period.ofYears(years), NO_KM_LIMIT, source);
    }

    public static Term months(int months, Source source) {
        return new Term(Period.ofMonths(months), NO_KM_LIMIT, source);
    }

    public static Term yearsOrKm(int years, long km, Source source) {
        return new Term(Period.ofYears(years), km, source);
    }

    String zh() {
        return period + (kmLimit == NO_KM_LIMIT ? "" : "或" + kmLimit + "公里") + source.tag();
    }

    String en() {
        return period + (kmLimit == NO_KM_LIMIT ? "" : " or " + kmLimit + " km") + source.tag();
    }
}
