package org.aftersales.ticket.dispatch;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An engineer as the API shows them. */
@Schema(name = "Engineer")
public record EngineerView(
        @Schema(description = "The engineer's Keycloak username") String username,
        @Schema(description = "The engineer's name") String name,
        @Schema(description = "The engineer's phone number") String phone,
        @Schema(description = "工程师 or 高级工程师", required = true) EngineerLevel level,
        @Schema(description = "Device models and fault types handled") Set<String> skills,
        @Schema(description = "The region served, wide to narrow, e.g. cn/beijing/haidian") String region,
        @Schema(description = "值班表: weekly duty hours and dated exceptions", required = true) DutyCalendar duty,
        @Schema(description = "Who last changed the engineer") String updatedBy,
        @Schema(description = "When the engineer was last changed (ISO-8601, UTC)", required = true)
        Instant updatedAt) {

    static EngineerView of(Engineer engineer, DutyCalendar duty) {
        return new EngineerView(engineer.username, engineer.name, engineer.phone, engineer.level,
                new TreeSet<>(engineer.skills), engineer.region, duty, engineer.updatedBy, engineer.updatedAt);
    }
}
