package org.aftersales.complaint.deadline;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.aftersales.calendar.ChinaCalendar;
import org.aftersales.complaint.ComplaintConfig;
import org.aftersales.complaint.handling.Complaint;
import org.aftersales.complaint.installedbase.InstalledBaseCopy;

/** The targets that apply to a complaint: those of its device's or organisation's contract, else the defaults. */
@ApplicationScoped
public class ComplaintTargets {

    /** Complaint deadlines count working days in China's calendar (调休 included). */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final InstalledBaseCopy installedBase;
    private final Targets defaults;

    ComplaintTargets(InstalledBaseCopy installedBase, ComplaintConfig config) {
        this.installedBase = installedBase;
        this.defaults = Targets.defaults(config);
    }

    public Targets of(Complaint complaint) {
        LocalDate day = complaint.receivedAt.atZone(ZONE).toLocalDate();
        return installedBase.contractTerms(complaint.deviceIds, complaint.customerOrganisation, day)
                .map(defaults::under)
                .orElse(defaults);
    }

    /** When a target started at {@code start} is due. */
    public static Instant due(Target target, Instant start) {
        return target.dueFrom(start, ZONE, ChinaCalendar.instance()::isWorkingDay);
    }
}
