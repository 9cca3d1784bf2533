package org.aftersales.ticket.dispatch;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An engineer as the API shows them. */
@Schema(name = "Engineer")
public record EngineerView(String username, String name, String phone, EngineerLevel level, Set<String> skills,
        String region, DutyCalendar duty, String updatedBy, Instant updatedAt) {

    static EngineerView of(Engineer engineer, DutyCalendar duty) {
        return new EngineerView(engineer.username, engineer.name, engineer.phone, engineer.level,
                new TreeSet<>(engineer.skills), engineer.region, duty, engineer.updatedBy, engineer.updatedAt);
    }
}
