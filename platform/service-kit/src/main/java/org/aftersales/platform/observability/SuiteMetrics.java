package org.aftersales.platform.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.aftersales.events.ticket.TicketEvents;
import org.jboss.logging.Logger;

/**
 * The suite's SLA and platform metrics, read from the tables every service shares (outbox, timers) so no feature
 * has to remember to count: events recorded per type, tickets created, SLA clocks warned and breached per target
 * and partner, timers overdue and the age of the most overdue one, outbox events waiting. Sampled every few
 * seconds. (How late timers fire is the timer poller's own {@code aftersales.timer.lateness} summary.)
 *
 * <p>Every replica reads the same database, so each reports the same counts: aggregate them with
 * {@code max without (instance, pod)} (deploy/observability does).
 *
 * <p>Two counters are the owning service's own, counted in its process where the outcome is final, so replicas
 * count different things and are summed: {@link #RESERVATIONS_REFUSED} (parts-service) and
 * {@link #NOTIFICATIONS_FAILED} / {@link #NOTIFICATIONS_SENT} (notification-service). They are named and registered
 * here, with placeholder tags like the others, so every service exposes the suite's metric names from its start.
 */
@ApplicationScoped
public class SuiteMetrics {

    /** Reservations refused for good; tags {@code reason}, {@code warehouse.kind}. */
    public static final String RESERVATIONS_REFUSED = "aftersales.reservations.refused";
    /** Messages given up on (FAILED); tag {@code channel}. */
    public static final String NOTIFICATIONS_FAILED = "aftersales.notifications.failed";
    /** Messages their channel's provider took (SENT); tag {@code channel}. */
    public static final String NOTIFICATIONS_SENT = "aftersales.notifications.sent";

    private static final Logger LOG = Logger.getLogger(SuiteMetrics.class);
    private static final int BATCH = 1000;

    private final DataSource dataSource;
    private final MeterRegistry registry;
    private final AtomicLong timersOverdue = new AtomicLong();
    private final AtomicLong oldestOverdueMillis = new AtomicLong();
    private final AtomicLong outboxUnpublished = new AtomicLong();
    /** The outbox sequence up to which events were counted; counting starts at the events recorded after start. */
    private long countedUpTo = -1;

    SuiteMetrics(DataSource dataSource, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.registry = registry;
        Gauge.builder("aftersales.timers.overdue", timersOverdue, AtomicLong::get)
                .description("Persistent timers past their due time and not yet fired").register(registry);
        Gauge.builder("aftersales.timers.overdue.oldest", oldestOverdueMillis, age -> age.get() / 1000.0)
                .description("How long the most overdue persistent timer is past its due time (0 when none)")
                .baseUnit("seconds").register(registry);
        Gauge.builder("aftersales.outbox.unpublished", outboxUnpublished, AtomicLong::get)
                .description("Outbox events waiting to be published to Kafka (parked ones: aftersales.outbox.parked)")
                .register(registry);
        Counter.builder("aftersales.events.recorded").description("Events recorded in the outbox, per event type")
                .tag("type", "none").register(registry);
        Counter.builder("aftersales.tickets.created").description("Tickets created (工单)")
                .tag("partner", "none").register(registry);
        Counter.builder("aftersales.sla.warnings").description("SLA clocks that reached their warning share (预警)")
                .tags("target", "none", "partner", "none").register(registry);
        Counter.builder("aftersales.sla.breaches").description("SLA clocks that passed their deadline (超时)")
                .tags("target", "none", "partner", "none").register(registry);
        Counter.builder(RESERVATIONS_REFUSED).description("Reservations parts-service refused, per reason and kind of "
                + "location (备件预留被拒)").tags("reason", "none", "warehouse.kind", "none").register(registry);
        Counter.builder(NOTIFICATIONS_FAILED).description("Messages given up on (FAILED), per channel")
                .tag("channel", "none").register(registry);
        Counter.builder(NOTIFICATIONS_SENT).description("Messages their channel's provider took (SENT), per channel")
                .tag("channel", "none").register(registry);
    }

    @Scheduled(identity = "suite-metrics", every = "${aftersales.observability.sample-every:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sample() {
        try (Connection connection = dataSource.getConnection()) {
            sampleTimers(connection);
            sampleOutbox(connection);
        } catch (SQLException e) {
            LOG.debugf("metrics sample skipped: %s", e.getMessage());
        }
    }

    private void sampleTimers(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                select count(*), coalesce(extract(epoch from (now() - min(due_at))) * 1000, 0)
                from timer where due_at < now()""");
                ResultSet row = query.executeQuery()) {
            row.next();
            timersOverdue.set(row.getLong(1));
            oldestOverdueMillis.set(row.getLong(2));
        }
    }

    private void sampleOutbox(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select count(*) from outbox_event where published_at is null and parked_at is null");
                ResultSet row = query.executeQuery()) {
            row.next();
            outboxUnpublished.set(row.getLong(1));
        }
        if (countedUpTo < 0) {
            try (PreparedStatement query = connection.prepareStatement(
                    "select coalesce(max(sequence), 0) from outbox_event");
                    ResultSet row = query.executeQuery()) {
                row.next();
                countedUpTo = row.getLong(1);
            }
        }
        int counted;
        do {
            counted = countRecordedEvents(connection);
        } while (counted == BATCH);
    }

    private int countRecordedEvents(Connection connection) throws SQLException {
        int counted = 0;
        try (PreparedStatement query = connection.prepareStatement("""
                select sequence, type, payload -> 'data' ->> 'customerOrganisation',
                       payload -> 'data' ->> 'target'
                from outbox_event where sequence > ? order by sequence limit ?""")) {
            query.setLong(1, countedUpTo);
            query.setInt(2, BATCH);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    countedUpTo = rows.getLong(1);
                    count(rows.getString(2), partnerOf(rows.getString(3)), rows.getString(4));
                    counted++;
                }
            }
        }
        return counted;
    }

    private void count(String type, String partner, String target) {
        registry.counter("aftersales.events.recorded", "type", type).increment();
        if (type.equals(TicketEvents.CREATED.type())) {
            registry.counter("aftersales.tickets.created", "partner", partner).increment();
        } else if (type.equals(TicketEvents.SLA_WARNING.type())) {
            registry.counter("aftersales.sla.warnings", "target", target, "partner", partner).increment();
        } else if (type.equals(TicketEvents.SLA_BREACHED.type())) {
            registry.counter("aftersales.sla.breaches", "target", target, "partner", partner).increment();
        }
    }

    /** The partner (dealer) an organisation belongs to: the first segment of its path, {@code dealer-a}. */
    static String partnerOf(String organisation) {
        if (organisation == null || organisation.isBlank()) {
            return "none";
        }
        int slash = organisation.indexOf('/');
        return slash < 0 ? organisation : organisation.substring(0, slash);
    }
}
