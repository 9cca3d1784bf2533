package org.aftersales.ticket.dispatch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 派工建议: ranks engineers for a ticket — on duty now first, then those with the skill asked for, then those of
 * a matching region, then the least loaded; ties by username. Each suggestion says why it stands where it does.
 */
public final class EngineerRanking {

    private EngineerRanking() {
    }

    /** An engineer as the ranking sees them; {@code load} counts their assigned tickets still open. */
    public record Candidate(String username, String name, EngineerLevel level, Set<String> skills, String region,
            DutyCalendar duty, long load) {
    }

    /**
     * What the ticket needs.
     *
     * @param skill a device model or fault type, or null when nothing is asked for
     * @param region the ticket's region, or null when unknown
     */
    public record Need(String skill, String region, Instant at) {
    }

    /** One engineer, ranked. */
    @Schema(name = "EngineerSuggestion")
    public record Suggestion(
            @Schema(description = "The engineer's username") String username,
            @Schema(description = "The engineer's name") String name,
            @Schema(description = "工程师 or 高级工程师", required = true) EngineerLevel level,
            @Schema(description = "On duty now by the engineer's duty calendar") boolean onDuty,
            @Schema(description = "Has the skill asked for; null when no skill was asked for") Boolean skillMatch,
            @Schema(description = "Serves the region asked for; null when no region was asked for") Boolean regionMatch,
            @Schema(description = "Tickets assigned to the engineer and not yet resolved") long load,
            @Schema(description = "Why, in the order the ranking weighs them") List<String> reasons) {
    }

    private static final Comparator<Suggestion> ORDER = Comparator
            .comparing((Suggestion s) -> !s.onDuty())
            .thenComparing(s -> !Boolean.TRUE.equals(s.skillMatch()))
            .thenComparing(s -> !Boolean.TRUE.equals(s.regionMatch()))
            .thenComparingLong(Suggestion::load)
            .thenComparing(Suggestion::username);

    /** The candidates, best first. */
    public static List<Suggestion> rank(Collection<Candidate> candidates, Need need) {
        return candidates.stream().map(candidate -> assess(candidate, need)).sorted(ORDER).toList();
    }

    private static Suggestion assess(Candidate candidate, Need need) {
        List<String> reasons = new ArrayList<>();
        DutyCalendar.DutyState duty = candidate.duty().at(need.at());
        reasons.add(duty.reason());
        Boolean skillMatch = null;
        if (need.skill() != null) {
            skillMatch = candidate.skills().stream().anyMatch(skill -> skill.equalsIgnoreCase(need.skill()));
            reasons.add((skillMatch ? "has skill " : "lacks skill ") + need.skill());
        }
        Boolean regionMatch = null;
        if (need.region() != null) {
            regionMatch = Regions.match(candidate.region(), need.region());
            reasons.add("region " + candidate.region() + (regionMatch ? " matches " : " is outside ") + need.region());
        }
        reasons.add(candidate.load() + (candidate.load() == 1 ? " open ticket" : " open tickets"));
        return new Suggestion(candidate.username(), candidate.name(), candidate.level(), duty.onDuty(), skillMatch,
                regionMatch, candidate.load(), List.copyOf(reasons));
    }
}
