package org.aftersales.platform.deadline;

import static org.aftersales.platform.sql.NativeRows.instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.hibernate.query.NativeQuery;
import org.aftersales.platform.sql.NativeRows;
import org.aftersales.platform.timer.Timer;
import org.aftersales.platform.timer.Timers;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A service's promise deadlines (承诺时限), stored in its own database in the caller's transaction: start, meet,
 * cancel and restart them; read a subject's deadlines and breaches. Warnings and breaches are fired by persistent
 * {@link Timers} (once across replicas, surviving restarts) and handed to the service's {@link DeadlineListener} of
 * the deadline's kind. Changes lock the deadline's row, so a request and a firing timer never undo each other.
 */
@ApplicationScoped
public class Deadlines {

    /** Timer kinds; the timer's subject is the deadline's id. */
    static final String WARNING_TIMER = "deadline-warning";
    static final String BREACH_TIMER = "deadline-breach";

    private static final String COLUMNS = """
            id, kind, subject, promise, calendar, warning_percent, responsible, started_at, warning_at, due_at,
            guessed, state, met_at""";
    private static final String BREACH_COLUMNS = """
            id, deadline_id, kind, subject, promise, responsible, started_at, promised_at, breached_at, actual_at,
            withdrawn_at, withdrawn_by, withdrawal_reason""";

    private final EntityManager entityManager;
    private final Timers timers;
    private final Instance<DeadlineListener> listeners;
    private final int defaultWarningPercent;

    Deadlines(EntityManager entityManager, Timers timers, Instance<DeadlineListener> listeners,
            @ConfigProperty(name = "aftersales.deadline.warning-percent",
                    defaultValue = "" + Deadline.DEFAULT_WARNING_PERCENT) int defaultWarningPercent) {
        this.entityManager = entityManager;
        this.timers = timers;
        this.listeners = listeners;
        this.defaultWarningPercent = defaultWarningPercent;
    }

    /**
     * Starts the deadline {@code spec} describes and schedules its warning and breach.
     *
     * @throws DeadlineExistsException when its kind and subject already have one (restart that one instead)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Deadline start(DeadlineSpec spec) {
        if (find(spec.kind(), spec.subject()).isPresent()) {
            throw new DeadlineExistsException(spec.kind(), spec.subject());
        }
        int warningPercent = spec.warningPercent() == null ? defaultWarningPercent : spec.warningPercent();
        Deadline deadline = Deadline.start(UUID.randomUUID(), spec, warningPercent);
        sql("insert into deadline (" + COLUMNS + ", updated_at) values "
                        + "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, now())")
                .setParameter(1, deadline.id())
                .setParameter(2, deadline.kind())
                .setParameter(3, deadline.subject())
                .setParameter(4, deadline.promise().text())
                .setParameter(5, StoredCalendar.text(deadline.calendar()))
                .setParameter(6, deadline.warningPercent())
                .setParameter(7, deadline.responsible(), String.class)
                .setParameter(8, deadline.startedAt(), Instant.class)
                .setParameter(9, deadline.warningAt(), Instant.class)
                .setParameter(10, deadline.dueAt(), Instant.class)
                .setParameter(11, deadline.guessed())
                .setParameter(12, deadline.state().name())
                .setParameter(13, deadline.metAt(), Instant.class)
                .executeUpdate();
        schedule(deadline);
        return deadline;
    }

    /**
     * Records that the promise was kept at {@code at}: MET, or MET_LATE after its due instant, which completes its
     * breach with the actual time. A deadline met late before its breach timer fired is breached first (the breach
     * stored, the listener called), so every late deadline has its breach. A deadline already met or cancelled keeps
     * its first outcome.
     *
     * @return the deadline, empty when its kind and subject have none
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Deadline> met(String kind, String subject, Instant at) {
        return lockForChange(kind, subject).map(current -> {
            Deadline met = current.met(at);
            if (met.state() == DeadlineState.MET_LATE && current.state() != DeadlineState.BREACHED) {
                breach(current, Instant.now());
            }
            store(current, met);
            if (met.state() == DeadlineState.MET_LATE) {
                sql("update deadline_breach set actual_at = ?2 where deadline_id = ?1 and actual_at is null")
                        .setParameter(1, met.id())
                        .setParameter(2, at, Instant.class)
                        .executeUpdate();
            }
            return met;
        });
    }

    /** Stops an open deadline: what it waited for is not owed any more. Its breach, if any, stays. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Deadline> cancel(String kind, String subject) {
        return change(kind, subject, Deadline::cancelled);
    }

    /**
     * Counts the same promise anew from {@code start} (e.g. a complaint reopened): running again, whatever it was.
     * A breach of the earlier count stays.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Deadline> restart(String kind, String subject, Instant start) {
        return change(kind, subject, deadline -> deadline.restarted(start));
    }

    /** The deadline of {@code kind} about {@code subject}. */
    public Optional<Deadline> find(String kind, String subject) {
        return select("kind = ?1 and subject = ?2", kind, subject, false).stream().findFirst();
    }

    /** Every deadline about {@code subject}, earliest start first. */
    public List<Deadline> of(String subject) {
        return select("subject = ?1 order by started_at, kind", subject, null, false);
    }

    /** Every breach of a deadline about {@code subject}, withdrawn ones included, oldest first. */
    public List<DeadlineBreach> breachesOf(String subject) {
        return NativeRows.rows(sql("select " + BREACH_COLUMNS
                        + " from deadline_breach where subject = ?1 order by breached_at, id")
                .setParameter(1, subject)).stream().map(Deadlines::breach).toList();
    }

    /**
     * Marks a breach withdrawn (撤销): it stays stored, with who withdrew it, when and why.
     *
     * @return the breach as it stands now, empty when there is none with that id; one already withdrawn is unchanged
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<DeadlineBreach> withdrawBreach(UUID breachId, String by, String reason, Instant at) {
        sql("""
                        update deadline_breach set withdrawn_at = ?2, withdrawn_by = ?3, withdrawal_reason = ?4
                        where id = ?1 and withdrawn_at is null""")
                .setParameter(1, breachId)
                .setParameter(2, at, Instant.class)
                .setParameter(3, by)
                .setParameter(4, reason, String.class)
                .executeUpdate();
        return NativeRows.rows(sql("select " + BREACH_COLUMNS + " from deadline_breach where id = ?1")
                .setParameter(1, breachId)).stream().map(Deadlines::breach).findFirst();
    }

    /** The deadline with {@code id}, its row locked for the rest of the transaction. */
    Optional<Deadline> lock(UUID id) {
        return select("id = ?1", id, null, true).stream().findFirst();
    }

    /** Stores a deadline's new state (and, when it was restarted, its new instants). */
    void update(Deadline deadline) {
        sql("""
                        update deadline set started_at = ?2, warning_at = ?3, due_at = ?4, guessed = ?5, state = ?6,
                        met_at = ?7, updated_at = now() where id = ?1""")
                .setParameter(1, deadline.id())
                .setParameter(2, deadline.startedAt(), Instant.class)
                .setParameter(3, deadline.warningAt(), Instant.class)
                .setParameter(4, deadline.dueAt(), Instant.class)
                .setParameter(5, deadline.guessed())
                .setParameter(6, deadline.state().name())
                .setParameter(7, deadline.metAt(), Instant.class)
                .executeUpdate();
    }

    /** Warns about a running deadline past its warning instant: stores the warning and tells its listener. */
    void warn(Deadline running, Instant now) {
        Deadline warned = running.warned();
        update(warned);
        listener(warned).warning(warned, now);
    }

    /**
     * Breaches an open deadline past its due instant: stores its state and the breach, removes its timers and tells
     * its listener.
     */
    DeadlineBreach breach(Deadline due, Instant now) {
        Deadline breached = due.breached();
        update(breached);
        schedule(breached);
        DeadlineBreach breach = new DeadlineBreach(UUID.randomUUID(), breached.id(), breached.kind(),
                breached.subject(), breached.promise().text(), breached.responsible(), breached.startedAt(),
                breached.dueAt(), now, null, null);
        sql("insert into deadline_breach (" + BREACH_COLUMNS + ") values "
                        + "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, null, null, null, null)")
                .setParameter(1, breach.id())
                .setParameter(2, breach.deadlineId())
                .setParameter(3, breach.kind())
                .setParameter(4, breach.subject())
                .setParameter(5, breach.promise())
                .setParameter(6, breach.responsible(), String.class)
                .setParameter(7, breach.startedAt(), Instant.class)
                .setParameter(8, breach.promisedAt(), Instant.class)
                .setParameter(9, breach.breachedAt(), Instant.class)
                .executeUpdate();
        listener(breached).breached(breached, breach, now);
        return breach;
    }

    private Optional<Deadline> change(String kind, String subject, UnaryOperator<Deadline> change) {
        return lockForChange(kind, subject).map(current -> {
            Deadline changed = change.apply(current);
            store(current, changed);
            return changed;
        });
    }

    private void store(Deadline current, Deadline changed) {
        if (!changed.equals(current)) {
            update(changed);
            schedule(changed);
        }
    }

    /**
     * Locks a deadline's row before its timers are touched: the order a firing timer takes them in too (the deadline,
     * by {@link DeadlineTimers}' {@code lock}, then its timer row), so a change and a firing wait for each other
     * instead of deadlocking.
     */
    private Optional<Deadline> lockForChange(String kind, String subject) {
        return find(kind, subject).flatMap(found -> lock(found.id()));
    }

    private DeadlineListener listener(Deadline deadline) {
        return listeners.stream().filter(listener -> listener.kind().equals(deadline.kind())).findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "no DeadlineListener for deadlines of kind " + deadline.kind()));
    }

    /** Sets the timers an open deadline still needs and removes those it does not. */
    private void schedule(Deadline deadline) {
        String id = deadline.id().toString();
        List<Timer> due = new ArrayList<>(2);
        if (deadline.state() == DeadlineState.RUNNING && deadline.warningAt() != null) {
            due.add(new Timer(WARNING_TIMER, id, deadline.warningAt()));
        }
        if (deadline.state() == DeadlineState.RUNNING || deadline.state() == DeadlineState.WARNING) {
            due.add(new Timer(BREACH_TIMER, id, deadline.dueAt()));
        }
        timers.keep(id, List.of(WARNING_TIMER, BREACH_TIMER), due);
    }

    private List<Deadline> select(String where, Object first, Object second, boolean forUpdate) {
        NativeQuery<?> query = sql("select " + COLUMNS + " from deadline where " + where
                + (forUpdate ? " for update" : ""));
        query.setParameter(1, first);
        if (second != null) {
            query.setParameter(2, second);
        }
        return NativeRows.rows(query).stream().map(Deadlines::deadline).toList();
    }

    private static Deadline deadline(Object[] row) {
        return new Deadline((UUID) row[0], (String) row[1], (String) row[2], Promise.parse((String) row[3]),
                StoredCalendar.parse((String) row[4]), ((Number) row[5]).intValue(), (String) row[6],
                instant(row[7]), instant(row[8]), instant(row[9]), (Boolean) row[10],
                DeadlineState.valueOf((String) row[11]), instant(row[12]));
    }

    private static DeadlineBreach breach(Object[] row) {
        Instant withdrawnAt = instant(row[10]);
        return new DeadlineBreach((UUID) row[0], (UUID) row[1], (String) row[2], (String) row[3], (String) row[4],
                (String) row[5], instant(row[6]), instant(row[7]), instant(row[8]), instant(row[9]),
                withdrawnAt == null ? null
                        : new DeadlineBreach.Withdrawal(withdrawnAt, (String) row[11], (String) row[12]));
    }

    private NativeQuery<?> sql(String statement) {
        return NativeRows.sql(entityManager, statement);
    }
}
