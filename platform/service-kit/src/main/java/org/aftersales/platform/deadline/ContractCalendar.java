package org.aftersales.platform.deadline;

import java.time.ZoneId;
import org.aftersales.calendar.ServiceCalendar;
import org.aftersales.events.contract.ContractActivated;

/**
 * A contract's service calendar (服务日历) as published in {@code aftersales.contract.activated.v1}, turned into business
 * time, and back: the one rule by which every service that runs deadlines on a contract (ticket SLA clocks,
 * inspections, complaint deadlines) reads its calendar.
 */
public final class ContractCalendar {

    /** The published coverage of service hours on China's working days; any other coverage is 7×24. */
    public static final String WORKING_HOURS = "WORKING_HOURS";
    /** The published coverage of service around the clock. */
    public static final String ALWAYS = "ALWAYS";

    private ContractCalendar() {
    }

    /**
     * A published calendar as business time: service hours (holidays and 调休 per China's calendar) when it names
     * them, else always open (7×24); in its zone, Asia/Shanghai when it names none or is absent (the default calendar).
     */
    public static ServiceCalendar of(ContractActivated.ServiceCalendar published) {
        ZoneId zone = published == null || published.zone() == null
                ? ServiceCalendar.DEFAULT_ZONE : ZoneId.of(published.zone());
        if (published != null && WORKING_HOURS.equals(published.coverage()) && published.from() != null
                && published.to() != null) {
            return ServiceCalendar.serviceHours(published.from(), published.to(), zone);
        }
        return ServiceCalendar.alwaysOpen(zone);
    }

    /** The calendar as a contract publishes it. */
    public static ContractActivated.ServiceCalendar published(ServiceCalendar calendar) {
        return switch (calendar) {
            case ServiceCalendar.AlwaysOpen open -> new ContractActivated.ServiceCalendar(ALWAYS,
                    open.zone().getId(), null, null, "CN");
            case ServiceCalendar.ServiceHours hours -> new ContractActivated.ServiceCalendar(WORKING_HOURS,
                    hours.zone().getId(), hours.opens(), hours.closes(), "CN");
        };
    }
}
