package org.aftersales.complaint.recall;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.aftersales.complaint.handling.Complaint;
import org.aftersales.complaint.handling.ComplaintCategory;
import org.aftersales.complaint.handling.Severity;
import org.aftersales.events.recall.RecallClosed;
import org.aftersales.events.recall.RecallCustomerNotice;
import org.aftersales.events.recall.RecallEvents;
import org.aftersales.events.recall.RecallProgress;
import org.aftersales.events.recall.RecallStarted;
import org.aftersales.platform.outbox.Outbox;
import org.aftersales.platform.problem.FieldProblem;
import org.aftersales.platform.problem.ProblemException;

/**
 * Starts recalls over complaint-service's installed-base copy and tracks them. Starting one finds every affected
 * device, stores them and publishes one customer notice per affected organisation, all in one transaction: the
 * notices go out exactly once with the recall, or not at all.
 */
@ApplicationScoped
public class RecallDesk {

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final Clock clock;

    RecallDesk(EntityManager entityManager, Outbox outbox, Clock clock) {
        this.clock = clock;
        this.entityManager = entityManager;
        this.outbox = outbox;
    }

    @Transactional
    public Recall start(NewRecall request, String by) {
        Instant now = Instant.now(clock);
        if (!request.deadline().isAfter(now)) {
            throw ProblemException.badRequest("The recall's deadline has passed",
                    List.of(new FieldProblem("deadline", "must be in the future")));
        }
        if (request.complaintId() != null) {
            requireRecallable(request.complaintId());
        }
        Recall recall = new Recall();
        recall.id = UUID.randomUUID();
        recall.lotNumbers = request.lotNumbers().stream().map(String::strip).distinct().toList();
        recall.models = request.models().stream().map(String::strip).distinct().toList();
        recall.reason = request.reason().strip();
        recall.remedy = request.remedy().strip();
        recall.deadline = request.deadline();
        recall.complaintId = request.complaintId();
        recall.status = Recall.OPEN;
        recall.startedBy = by;
        recall.startedAt = now;
        recall.persist();
        entityManager.flush();
        recall.affectedDevices = entityManager.createNativeQuery("""
                        insert into recall_device (recall_id, device_id, serial_number, model, lot_number,
                                                   customer_organisation, state, changed_at, version)
                        select ?1, d.device_id, d.serial_number, d.model, d.lot_number, d.customer_organisation,
                               'NOTIFIED', ?2, 0
                        from known_device d
                        where d.lot_number = any(cast(?3 as text[])) and d.model = any(cast(?4 as text[]))""")
                .setParameter(1, recall.id)
                .setParameter(2, java.sql.Timestamp.from(now))
                .setParameter(3, recall.lotNumbers.toArray(String[]::new))
                .setParameter(4, recall.models.toArray(String[]::new))
                .executeUpdate();
        Map<String, List<RecallCustomerNotice.Device>> byCustomer = new LinkedHashMap<>();
        RecallDevice.<RecallDevice>stream("key.recallId = ?1 order by customerOrganisation, serialNumber", recall.id)
                .forEach(d -> byCustomer.computeIfAbsent(d.customerOrganisation, o -> new java.util.ArrayList<>())
                        .add(new RecallCustomerNotice.Device(d.serialNumber, d.key.deviceId(), d.model,
                                d.lotNumber)));
        outbox.append(RecallEvents.STARTED, recall.id.toString(), now, new RecallStarted(recall.id,
                recall.lotNumbers, recall.models, recall.reason, recall.remedy, recall.deadline, recall.complaintId,
                recall.affectedDevices, byCustomer.size(), by, now));
        byCustomer.forEach((organisation, devices) -> outbox.append(RecallEvents.CUSTOMER_NOTICE,
                recall.id.toString(), now, new RecallCustomerNotice(recall.id, organisation, devices, recall.reason,
                        recall.remedy, recall.deadline)));
        return recall;
    }

    /** Seed 000: a recall starts from a serious quality complaint that names its batch. */
    private static void requireRecallable(UUID complaintId) {
        Complaint complaint = Complaint.findById(complaintId);
        if (complaint == null) {
            throw ProblemException.badRequest("The complaint does not exist",
                    List.of(new FieldProblem("complaintId", "must name an existing complaint")));
        }
        if (complaint.severity != Severity.SERIOUS || complaint.category != ComplaintCategory.PRODUCT_QUALITY
                || complaint.lotNumber == null) {
            throw ProblemException.conflict("A recall starts only from a SERIOUS PRODUCT_QUALITY complaint that "
                    + "names its batch");
        }
    }

    /** Records what became of one device and publishes the recall's progress. */
    @Transactional
    public RecallDevice update(UUID recallId, UUID deviceId, RecallViews.DeviceUpdate update, String by) {
        Recall recall = find(recallId);
        if (Recall.CLOSED.equals(recall.status)) {
            throw ProblemException.conflict("The recall is closed");
        }
        if (update.state() == RecallDeviceState.NOTIFIED) {
            throw ProblemException.badRequest("A device is notified when the recall starts",
                    List.of(new FieldProblem("state", "must be FIXED, COLLECTED or REFUSED")));
        }
        RecallDevice device = RecallDevice.findById(new RecallDevice.Key(recallId, deviceId));
        if (device == null) {
            throw ProblemException.notFound("Device of recall " + recallId, deviceId);
        }
        if (device.state != RecallDeviceState.NOTIFIED) {
            throw ProblemException.conflict("The device is already " + device.state);
        }
        Instant now = Instant.now(clock);
        device.state = update.state();
        device.note = update.note() == null || update.note().isBlank() ? null : update.note().strip();
        device.changedBy = by;
        device.changedAt = now;
        entityManager.flush();
        Counts counts = counts(recallId);
        outbox.append(RecallEvents.PROGRESS, recallId.toString(), now, new RecallProgress(recallId, deviceId,
                device.serialNumber, device.customerOrganisation, device.state.name(), recall.affectedDevices,
                (int) counts.done(), (int) counts.refused(), counts.percentDone(recall.affectedDevices), by, now));
        return device;
    }

    @Transactional
    public Recall close(UUID recallId, String reason, String by) {
        Recall recall = find(recallId);
        if (Recall.CLOSED.equals(recall.status)) {
            throw ProblemException.conflict("The recall is closed");
        }
        Instant now = Instant.now(clock);
        recall.status = Recall.CLOSED;
        recall.closedBy = by;
        recall.closedAt = now;
        recall.closeReason = reason.strip();
        Counts counts = counts(recallId);
        outbox.append(RecallEvents.CLOSED, recallId.toString(), now, new RecallClosed(recallId,
                recall.affectedDevices, (int) counts.done(), (int) counts.refused(),
                counts.percentDone(recall.affectedDevices), recall.closeReason, by, now));
        entityManager.flush();
        return recall;
    }

    public Recall find(UUID recallId) {
        Recall recall = Recall.findById(recallId);
        if (recall == null) {
            throw ProblemException.notFound("Recall", recallId);
        }
        return recall;
    }

    /** How many of the recall's devices are notified only, done and refused, and how many customers it reached. */
    public Counts counts(UUID recallId) {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                        select count(*) filter (where state = 'NOTIFIED'),
                               count(*) filter (where state in ('FIXED', 'COLLECTED')),
                               count(*) filter (where state = 'REFUSED'),
                               count(distinct customer_organisation)
                        from recall_device where recall_id = ?1""")
                .setParameter(1, recallId)
                .getSingleResult();
        return new Counts(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue(),
                ((Number) row[3]).longValue());
    }

    /** A recall's progress. */
    public record Counts(long notified, long done, long refused, long customers) {

        /** The share of the affected devices fixed or collected, in percent with one decimal. */
        public BigDecimal percentDone(int affected) {
            return affected == 0 ? BigDecimal.ZERO.setScale(1)
                    : BigDecimal.valueOf(done * 100).divide(BigDecimal.valueOf(affected), 1, RoundingMode.HALF_UP);
        }
    }
}
