package org.aftersales.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The {@code idempotency_key} table: per caller and key, the request's fingerprint and the first answer. Every
 * method runs in the transaction of the request it serves, so the answer is stored with the change it reports.
 */
@ApplicationScoped
public class IdempotencyStore {

    private static final Logger LOG = Logger.getLogger(IdempotencyStore.class);
    private static final TypeReference<Map<String, List<String>>> HEADERS = new TypeReference<>() {
    };

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final IdempotencyConfig config;

    IdempotencyStore(EntityManager entityManager, ObjectMapper json, IdempotencyConfig config) {
        this.entityManager = entityManager;
        this.json = json;
        this.config = config;
    }

    /**
     * Takes the key for the current transaction, without waiting: false when another request with the same caller
     * and key holds it (a concurrent duplicate).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean tryLock(String caller, String key) {
        return (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, caller + '\n' + key)
                .getSingleResult();
    }

    /** The first answer under this caller's key, unless it is older than the retention. */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<StoredResponse> find(String caller, String key) {
        List<?> rows = entityManager.createNativeQuery("""
                select fingerprint, status, cast(headers as text), body from idempotency_key
                where caller = ?1 and idempotency_key = ?2 and created_at > ?3""")
                .setParameter(1, caller)
                .setParameter(2, key)
                .setParameter(3, Instant.now().minus(config.retention()))
                .getResultList();
        return rows.stream().map(Object[].class::cast).findFirst().map(row -> new StoredResponse((String) row[0],
                ((Number) row[1]).intValue(), read((String) row[2]), (String) row[3]));
    }

    /** Stores the first answer; a forgotten (expired) answer under the same key is replaced. */
    @Transactional(Transactional.TxType.MANDATORY)
    void save(String caller, String key, StoredResponse response) {
        entityManager.createNativeQuery("""
                insert into idempotency_key (caller, idempotency_key, fingerprint, status, headers, body, created_at)
                values (?1, ?2, ?3, ?4, cast(?5 as jsonb), ?6, ?7)
                on conflict (caller, idempotency_key) do update set fingerprint = excluded.fingerprint,
                    status = excluded.status, headers = excluded.headers, body = excluded.body,
                    created_at = excluded.created_at""")
                .setParameter(1, caller)
                .setParameter(2, key)
                .setParameter(3, response.fingerprint())
                .setParameter(4, response.status())
                .setParameter(5, write(response.headers()))
                .setParameter(6, response.body())
                .setParameter(7, Instant.now())
                .executeUpdate();
    }

    @Scheduled(identity = "idempotency-key-pruning", every = "${aftersales.idempotency.prune-every:1h}",
            delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPruning() {
        prune();
    }

    /** Forgets the keys older than the retention; how many. */
    public int prune() {
        Instant cutoff = Instant.now().minus(config.retention());
        int pruned = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("delete from idempotency_key where created_at <= ?1")
                .setParameter(1, cutoff)
                .executeUpdate());
        LOG.debugf("pruned %d idempotency keys older than %s", pruned, cutoff);
        return pruned;
    }

    private String write(Map<String, List<String>> headers) {
        try {
            return json.writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response headers cannot be written", e);
        }
    }

    private Map<String, List<String>> read(String headers) {
        try {
            return json.readValue(headers, HEADERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored response headers cannot be read", e);
        }
    }
}
