package org.aftersales.platform.sql;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.query.NativeQuery;

/** Native SQL of the kit's own tables (outbox, inbox, timers, deadlines): typed parameters, rows as arrays. */
public final class NativeRows {

    private NativeRows() {
    }

    /** A native query whose parameters may be bound with their types, so that a null binds as the column's type. */
    public static NativeQuery<?> sql(EntityManager entityManager, String statement) {
        return entityManager.createNativeQuery(statement).unwrap(NativeQuery.class);
    }

    /** The rows of a query of several columns. */
    @SuppressWarnings("unchecked")
    public static List<Object[]> rows(NativeQuery<?> query) {
        return (List<Object[]>) query.getResultList();
    }

    /** A {@code timestamptz} column's value, as the driver returns it, as an instant; null stays null. */
    public static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Timestamp timestamp -> timestamp.toInstant();
            case OffsetDateTime offset -> offset.toInstant();
            default -> (Instant) value;
        };
    }
}
