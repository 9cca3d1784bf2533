package org.aftersales.platform.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.aftersales.events.CloudEvent;
import org.aftersales.events.EventCatalog;
import org.aftersales.events.EventType;
import org.aftersales.platform.problem.ProblemException;
import org.aftersales.platform.sql.NativeRows;
import org.hibernate.query.NativeQuery;
import org.jboss.logging.Logger;

/**
 * The service's dead letters (死信, table {@code dead_letter}): recorded when a consumer gives up on an event, listed
 * and replayed by an operator. A replay puts the event back on its topic through the service's outbox, unchanged
 * (same id): this consumer applies it, every consumer that applied it before drops it by its id.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    /** The longest reason kept; the message itself is kept whole. */
    private static final int REASON_LENGTH = 4000;
    private static final String COLUMNS = """
            id, consumer, event_id, event_type, subject, message, reason, attempts, dead_lettered_at, replayed_at,
            replayed_by""";

    private final EntityManager entityManager;
    private final Counter deadLettered;

    DeadLetters(EntityManager entityManager, MeterRegistry metrics) {
        this.entityManager = entityManager;
        this.deadLettered = Counter.builder("aftersales.inbox.dead.lettered")
                .description("Events a consumer gave up on and dead-lettered").register(metrics);
    }

    /**
     * Records that {@code consumer} gives up on {@code message}, in a transaction of its own; a failure to record it
     * is logged (the dead-letter topic still gets the message).
     *
     * @param event the message read as an event, null when it could not be read
     * @return the exception to throw, so the channel moves the message to the dead-letter topic
     */
    EventDeadLetteredException record(String consumer, String message, CloudEvent<JsonNode> event,
            RuntimeException failure, int attempts) {
        String reason = storable(Failures.describe(failure), REASON_LENGTH);
        deadLettered.increment();
        LOG.errorf(failure, "consumer %s gives up on event %s after %d attempt(s): %s", consumer,
                event == null ? "(unreadable)" : event.id(), attempts, reason);
        try {
            QuarkusTransaction.requiringNew().run(() -> sql("insert into dead_letter (" + COLUMNS + ") values "
                            + "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, now(), null, null)")
                    .setParameter(1, UUID.randomUUID())
                    .setParameter(2, consumer)
                    .setParameter(3, event == null ? null : event.id(), UUID.class)
                    .setParameter(4, event == null ? null : event.type(), String.class)
                    .setParameter(5, event == null ? null : event.subject(), String.class)
                    .setParameter(6, storable(message, Integer.MAX_VALUE))
                    .setParameter(7, reason)
                    .setParameter(8, attempts)
                    .executeUpdate());
        } catch (RuntimeException e) {
            LOG.errorf(e, "could not record the dead letter of consumer %s; it is on the dead-letter topic", consumer);
        }
        return new EventDeadLetteredException(reason, failure);
    }

    /** Dead letters, newest first; only those not replayed yet unless {@code all}. */
    public List<DeadLetter> list(boolean all, int page, int size) {
        return deadLetters(sql("select " + COLUMNS + " from dead_letter"
                        + (all ? "" : " where replayed_at is null")
                        + " order by dead_lettered_at desc, id limit ?1 offset ?2")
                .setParameter(1, size)
                .setParameter(2, (long) page * size));
    }

    /** How many {@link #list} pages through. */
    public long count(boolean all) {
        return ((Number) entityManager.createNativeQuery("select count(*) from dead_letter"
                + (all ? "" : " where replayed_at is null")).getSingleResult()).longValue();
    }

    public Optional<DeadLetter> find(UUID id) {
        return deadLetters(sql("select " + COLUMNS + " from dead_letter where id = ?1").setParameter(1, id)).stream()
                .findFirst();
    }

    /**
     * Replays a dead letter: appends its event, unchanged, to the outbox, so it reaches its topic again and every
     * consumer of it, and marks it replayed by {@code operator}.
     *
     * @throws ProblemException 404 when there is none with that id; 409 when it was replayed already or is not an
     *         event of the contract (an unreadable message cannot be replayed)
     */
    @Transactional
    public DeadLetter replay(UUID id, String operator) {
        DeadLetter deadLetter = deadLetters(sql("select " + COLUMNS + " from dead_letter where id = ?1 for update")
                .setParameter(1, id)).stream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("Dead letter", id));
        if (deadLetter.replayedAt() != null) {
            throw ProblemException.conflict("dead letter " + id + " was replayed at " + deadLetter.replayedAt()
                    + " by " + deadLetter.replayedBy());
        }
        EventType<?> type = EventCatalog.ALL.stream().filter(known -> known.type().equals(deadLetter.eventType()))
                .findFirst()
                .orElseThrow(() -> ProblemException.conflict("dead letter " + id
                        + " is not an event of the contract and cannot be replayed"));
        // Same id: if this service's own outbox still holds the event, it is sent again.
        sql("""
                insert into outbox_event (id, aggregatetype, aggregateid, type, payload, timestamp)
                values (?1, ?2, ?3, ?4, cast(?5 as jsonb), now())
                on conflict (id) do update set published_at = null, parked_at = null, park_reason = null,
                attempts = 0""")
                .setParameter(1, deadLetter.eventId())
                .setParameter(2, type.aggregateType())
                .setParameter(3, deadLetter.subject())
                .setParameter(4, type.type())
                .setParameter(5, deadLetter.message())
                .executeUpdate();
        sql("update dead_letter set replayed_at = now(), replayed_by = ?2 where id = ?1")
                .setParameter(1, id)
                .setParameter(2, operator)
                .executeUpdate();
        return find(id).orElseThrow();
    }

    private NativeQuery<?> sql(String statement) {
        return NativeRows.sql(entityManager, statement);
    }

    private static List<DeadLetter> deadLetters(NativeQuery<?> query) {
        return NativeRows.rows(query).stream().map(row -> new DeadLetter((UUID) row[0],
                (String) row[1], (UUID) row[2], (String) row[3], (String) row[4], (String) row[5], (String) row[6],
                ((Number) row[7]).intValue(), NativeRows.instant(row[8]), NativeRows.instant(row[9]),
                (String) row[10])).toList();
    }

    /** PostgreSQL text holds no NUL characters; a reason is kept to its column's length. */
    private static String storable(String text, int longest) {
        String clean = text.replace("\u0000", "");
        return clean.length() <= longest ? clean : clean.substring(0, longest);
    }
}
