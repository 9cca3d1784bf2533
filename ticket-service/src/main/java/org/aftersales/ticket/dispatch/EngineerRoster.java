package org.aftersales.ticket.dispatch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.aftersales.platform.problem.FieldProblem;
import org.aftersales.platform.problem.ProblemException;
import org.aftersales.ticket.intake.Ticket;
import org.aftersales.ticket.intake.TicketStatus;

/** 工程师名册: the engineers who can be dispatched, with their skills, regions, duty calendars and load. */
@ApplicationScoped
public class EngineerRoster {

    /** Statuses in which an assigned ticket no longer counts towards an engineer's load. */
    static final List<TicketStatus> DONE = List.of(TicketStatus.RESOLVED, TicketStatus.CONFIRMED, TicketStatus.CLOSED,
            TicketStatus.CANCELLED);

    private final ObjectMapper json;
    private final Clock clock;

    EngineerRoster(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    /** What {@link #save} did. */
    public record Saved(EngineerView engineer, boolean created) {
    }

    /** Registers the engineer, or replaces the profile of one already registered. */
    @Transactional
    public Saved save(String username, EngineerProfile profile, String by) {
        List<FieldProblem> problems = profile.duty().problems("duty");
        if (!problems.isEmpty()) {
            throw ProblemException.badRequest("The duty calendar is inconsistent", problems);
        }
        Optional<Engineer> existing = find(username);
        Engineer engineer = existing.orElseGet(Engineer::new);
        Instant now = Instant.now(clock);
        if (existing.isEmpty()) {
            engineer.username = username;
            engineer.createdAt = now;
        }
        engineer.name = profile.name().strip();
        engineer.phone = profile.phone().strip();
        engineer.level = profile.level();
        engineer.skills.clear();
        engineer.skills.addAll(profile.skills().stream().map(String::strip).collect(Collectors.toSet()));
        engineer.region = profile.region();
        engineer.duty = write(profile.duty());
        engineer.updatedBy = by;
        engineer.updatedAt = now;
        engineer.persist();
        return new Saved(view(engineer), existing.isEmpty());
    }

    /** Every engineer, by username. */
    public List<EngineerView> list() {
        return Engineer.<Engineer>list("order by username").stream().map(this::view).toList();
    }

    /** The engineer, or 404. */
    public EngineerView get(String username) {
        return find(username).map(this::view).orElseThrow(() -> ProblemException.notFound("engineer", username));
    }

    public Optional<Engineer> find(String username) {
        return Engineer.findByIdOptional(username);
    }

    /** Every engineer with their current load, for {@link EngineerRanking}. */
    public List<EngineerRanking.Candidate> candidates() {
        Map<String, Long> load = Ticket.getEntityManager().createQuery("""
                        select t.assignedEngineer, count(t) from Ticket t
                        where t.assignedEngineer is not null and t.status not in :done
                        group by t.assignedEngineer""", Object[].class)
                .setParameter("done", DONE)
                .getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
        return Engineer.<Engineer>listAll().stream()
                .map(e -> new EngineerRanking.Candidate(e.username, e.name, e.level, new HashSet<>(e.skills), e.region,
                        read(e.duty), load.getOrDefault(e.username, 0L)))
                .toList();
    }

    private EngineerView view(Engineer engineer) {
        return EngineerView.of(engineer, read(engineer.duty));
    }

    private String write(DutyCalendar duty) {
        try {
            return json.writeValueAsString(duty);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private DutyCalendar read(String duty) {
        try {
            return json.readValue(duty, DutyCalendar.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
