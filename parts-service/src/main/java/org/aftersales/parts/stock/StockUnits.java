package org.aftersales.parts.stock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.aftersales.parts.catalogue.Part;
import org.aftersales.platform.problem.FieldProblem;
import org.aftersales.platform.problem.ProblemException;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/**
 * The units of serial-tracked parts (序列号, table {@code stock_unit}; ADR 0035). Only the {@link Ledger} moves a
 * unit, with the entry that names it and by its kind's {@link MovementKind.UnitRule}, in one conditional statement:
 * when the unit is not where and how the rule needs it, nothing changes and the movement is refused with 409 naming
 * the serial, so two requests racing for one unit cannot both have it.
 */
@ApplicationScoped
public class StockUnits {

    static final String SERIAL = "serialNumber";

    private final EntityManager entityManager;

    StockUnits(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The serial numbers a request lists for {@code quantity} units of {@code part}, stripped: exactly
     * {@code quantity} distinct ones for a serial-tracked part, none for another; else 400 naming {@code field}.
     */
    public static List<String> serials(Part part, int quantity, List<String> given, String field) {
        List<String> serials = given == null ? List.of() : given.stream().map(String::strip).toList();
        if (!part.serialTracked) {
            if (!serials.isEmpty()) {
                throw ProblemException.badRequest("Part " + part.partNumber + " is not serial-tracked",
                        List.of(new FieldProblem(field, "must be absent: part " + part.partNumber
                                + " is not serial-tracked")));
            }
            return serials;
        }
        if (serials.size() != quantity || new HashSet<>(serials).size() != serials.size()) {
            throw ProblemException.badRequest("A serial-tracked part lists the serial number of each unit",
                    List.of(new FieldProblem(field, "must list exactly " + quantity + " distinct serial numbers: part "
                            + part.partNumber + " is serial-tracked")));
        }
        return serials;
    }

    /**
     * The serial number a request names for one unit of {@code part}: required for a serial-tracked part when
     * {@code required}, refused for another; else 400 naming {@code serialNumber}.
     */
    public static String serial(Part part, String given, boolean required) {
        String serial = given == null || given.isBlank() ? null : given.strip();
        if (!part.serialTracked && serial != null) {
            throw ProblemException.badRequest("Part " + part.partNumber + " is not serial-tracked",
                    List.of(new FieldProblem(SERIAL, "must be absent: part " + part.partNumber
                            + " is not serial-tracked")));
        }
        if (part.serialTracked && required && serial == null) {
            throw ProblemException.badRequest("A serial-tracked part moves by its serial number",
                    List.of(new FieldProblem(SERIAL, "required: part " + part.partNumber + " is serial-tracked")));
        }
        return serial;
    }

    /** Moves the unit a movement of a serial-tracked part names, by its kind's rule, or refuses the movement. */
    void move(Movement movement) {
        MovementKind kind = movement.kind();
        if (movement.serialNumber() == null) {
            if (kind.needsUnit()) {
                throw ProblemException.badRequest("A serial-tracked part moves by its serial number",
                        List.of(new FieldProblem(SERIAL, "required: part " + movement.partNumber()
                                + " is serial-tracked")));
            }
            return;
        }
        if (movement.quantity() != 1) {
            throw ProblemException.badRequest("A serial-tracked part moves one unit per entry",
                    List.of(new FieldProblem("quantity", "must be 1: part " + movement.partNumber()
                            + " is serial-tracked")));
        }
        MovementKind.UnitRule rule = kind.unit();
        if ((rule.mayBeNew() ? arrive(movement, rule) : update(movement, rule)) != 1) {
            throw new StockRefusal(StockRefusal.Reason.UNIT_UNAVAILABLE, refusal(movement, rule), SERIAL);
        }
    }

    private int arrive(Movement movement, MovementKind.UnitRule rule) {
        return bind(entityManager.createNativeQuery("""
                        insert into stock_unit (part_number, serial_number, warehouse_id, state, reservation_id,
                            transfer_id, updated_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                        on conflict (part_number, serial_number) do update
                        set warehouse_id = excluded.warehouse_id, state = excluded.state,
                            reservation_id = excluded.reservation_id, transfer_id = excluded.transfer_id,
                            updated_at = excluded.updated_at
                        where stock_unit.state in (%s)""".formatted(states(rule))), movement, rule)
                .executeUpdate();
    }

    private int update(Movement movement, MovementKind.UnitRule rule) {
        return bind(entityManager.createNativeQuery("""
                        update stock_unit set warehouse_id = ?3, state = ?4, reservation_id = ?5, transfer_id = ?6,
                            updated_at = ?7
                        where part_number = ?1 and serial_number = ?2 and state in (%s)%s
                          and (reservation_id is null or reservation_id = ?8)
                          and (transfer_id is null or transfer_id = ?9)""".formatted(states(rule),
                        rule.here() ? " and warehouse_id = ?3" : "")), movement, rule)
                .setParameter(8, movement.reservationId(), StandardBasicTypes.UUID)
                .setParameter(9, movement.transferId(), StandardBasicTypes.UUID)
                .executeUpdate();
    }

    @SuppressWarnings("rawtypes")
    private static NativeQuery bind(Query query, Movement movement, MovementKind.UnitRule rule) {
        return query.unwrap(NativeQuery.class)
                .setParameter(1, movement.partNumber())
                .setParameter(2, movement.serialNumber())
                .setParameter(3, movement.warehouseId(), StandardBasicTypes.UUID)
                .setParameter(4, rule.to().name())
                .setParameter(5, rule.to().ofReservation() ? movement.reservationId() : null, StandardBasicTypes.UUID)
                .setParameter(6, rule.to() == UnitState.IN_TRANSIT ? movement.transferId() : null,
                        StandardBasicTypes.UUID)
                .setParameter(7, Timestamp.from(movement.recordedAt()));
    }

    private static String states(MovementKind.UnitRule rule) {
        return rule.from().stream().map(state -> "'" + state.name() + "'").sorted().collect(Collectors.joining(", "));
    }

    /** Why the unit could not take the movement: where it is and how, against what the movement needs. */
    private String refusal(Movement movement, MovementKind.UnitRule rule) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select state, warehouse_id from stock_unit where part_number = ?1 and serial_number = ?2""")
                .setParameter(1, movement.partNumber())
                .setParameter(2, movement.serialNumber())
                .getResultList();
        String unit = "Unit " + movement.serialNumber() + " of " + movement.partNumber();
        String now = rows.isEmpty() ? " is not in stock anywhere"
                : " is " + rows.getFirst()[0] + " at warehouse " + rows.getFirst()[1];
        String needs = rule.mayBeNew() ? "not to be held anywhere"
                : rule.from().stream().map(Enum::name).sorted().collect(Collectors.joining(" or "))
                        + (rule.here() ? " at warehouse " + movement.warehouseId() : "")
                        + (movement.reservationId() == null ? "" : " for reservation " + movement.reservationId())
                        + (movement.transferId() == null ? "" : " on transfer " + movement.transferId());
        return unit + now + "; " + movement.kind() + " needs it " + needs;
    }

    /** The serial numbers of the units of a part on hand at a location (in stock or reserved), in order. */
    @SuppressWarnings("unchecked")
    public List<String> onHand(String partNumber, UUID warehouseId) {
        return entityManager.createNativeQuery("""
                        select serial_number from stock_unit
                        where part_number = ?1 and warehouse_id = ?2 and state in ('IN_STOCK', 'RESERVED')
                        order by serial_number""")
                .setParameter(1, partNumber)
                .setParameter(2, warehouseId)
                .getResultList();
    }

    /** The serial numbers a transfer sent, in order: its TRANSFER_OUT entries name them. */
    @SuppressWarnings("unchecked")
    public List<String> ofTransfer(UUID transferId) {
        return entityManager.createNativeQuery("""
                        select serial_number from stock_movement
                        where transfer_id = ?1 and kind = 'TRANSFER_OUT' and serial_number is not null
                        order by serial_number""")
                .setParameter(1, transferId)
                .getResultList();
    }
}
