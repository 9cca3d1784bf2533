package org.aftersales.platform.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Prunes the inbox: the ids of events applied longer ago than {@code aftersales.inbox.retention} (35 days, longer
 * than any topic keeps a message, ADR 0011) are deleted, so {@code processed_event} holds what can still come again.
 */
@ApplicationScoped
public class ProcessedEvents {

    private static final Logger LOG = Logger.getLogger(ProcessedEvents.class);

    private final EntityManager entityManager;
    private final InboxConfig config;

    ProcessedEvents(EntityManager entityManager, InboxConfig config) {
        this.entityManager = entityManager;
        this.config = config;
    }

    @Scheduled(identity = "inbox-prune", every = "${aftersales.inbox.prune-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPrune() {
        try {
            prune(Instant.now());
        } catch (RuntimeException e) {
            LOG.warnf("inbox prune failed; it runs again at the next interval: %s", e.getMessage());
        }
    }

    /**
     * Deletes the ids of events applied before {@code now} less the retention.
     *
     * @return how many were deleted
     */
    public int prune(Instant now) {
        Instant cutoff = now.minus(config.retention());
        int deleted = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("delete from processed_event where processed_at < ?1")
                .setParameter(1, Timestamp.from(cutoff))
                .executeUpdate());
        LOG.debugf("inbox: pruned %d event ids applied before %s", deleted, cutoff);
        return deleted;
    }
}
