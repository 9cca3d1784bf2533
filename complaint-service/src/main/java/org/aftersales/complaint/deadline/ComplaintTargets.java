package org.aftersales.complaint.deadline;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import org.aftersales.calendar.ServiceCalendar;
import org.aftersales.complaint.ComplaintConfig;
import org.aftersales.complaint.handling.Complaint;
import org.aftersales.complaint.installedbase.InstalledBaseCopy;
import org.aftersales.platform.deadline.Promise;

/** The targets that apply to a complaint: those of its device's or organisation's contract, else the defaults. */
@ApplicationScoped
public class ComplaintTargets {

    /**
     * Complaint deadlines count elapsed time around the clock (a complainant is owed a call at night too) and working
     * days in China's calendar, in Asia/Shanghai.
     */
    public static final ServiceCalendar CALENDAR = ServiceCalendar.alwaysOpen(ServiceCalendar.DEFAULT_ZONE);

    private final InstalledBaseCopy installedBase;
    private final Targets defaults;

    ComplaintTargets(InstalledBaseCopy installedBase, ComplaintConfig config) {
        this.installedBase = installedBase;
        this.defaults = Targets.defaults(config);
    }

    public Targets of(Complaint complaint) {
        LocalDate day = complaint.receivedAt.atZone(ServiceCalendar.DEFAULT_ZONE).toLocalDate();
        return installedBase.contractTerms(complaint.deviceIds, complaint.customerOrganisation, day)
                .map(defaults::under)
                .orElse(defaults);
    }

    /** When a promise started at {@code start} falls due. */
    public static Instant due(Promise promise, Instant start) {
        return promise.dueAfter(start, CALENDAR).at();
    }
}
