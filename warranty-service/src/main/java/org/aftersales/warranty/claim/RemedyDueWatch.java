package org.aftersales.warranty.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.aftersales.events.device.DeviceEvents;
import org.aftersales.events.device.RemedyDue;
import org.aftersales.platform.outbox.Outbox;
import org.aftersales.warranty.history.RepairRecord;
import org.aftersales.warranty.installedbase.Device;
import org.aftersales.warranty.sanbao.Claim;
import org.aftersales.warranty.sanbao.Remedy;
import org.aftersales.warranty.sanbao.RepairTally;
import org.aftersales.warranty.sanbao.RepairVisit;
import org.aftersales.warranty.sanbao.TraceEntry;
import org.jboss.logging.Logger;

/**
 * After a resolved ticket is recorded, decides the claim the device's repair history implies for that component and
 * fault (claim date = the end of the repair, the claim's ticket = the resolved one) and publishes
 * {@code aftersales.device.remedy-due.v1} when an exchange or refund has become due.
 *
 * <p><b>Once per crossing.</b> Table {@code remedy_watch} keeps, per device, component and fault, the remedy of the
 * last evaluation. The event is published when the remedy now is {@link Remedy#EXCHANGE} or {@link Remedy#REFUND} and
 * the stored one was neither (or there was none); later failing repairs of the same fault, which still give exchange
 * or refund, publish nothing. Should a later evaluation give less than exchange again (e.g. the 三包 period has ended),
 * a later rise back to exchange or refund is a new crossing and publishes again.
 *
 * <p><b>Which repairs are evaluated.</b> Only repairs of a device of the ticket's organisation
 * ({@link RepairRecord#deviceId}) that left the fault failing ({@code faultGone = false}): a repair that removed the
 * fault owes no exchange; a serial the organisation does not own is skipped with a log line.
 *
 * <p><b>Product.</b> The device's product category and price decide, as a claim without them would; a device that
 * records neither is decided as {@link Claim#UNCATEGORISED} (no specific regulation, so only the contract and the
 * consumer-law fallback can apply) at price 0, which the trace shows. The buyer follows the contract in force.
 */
@ApplicationScoped
public class RemedyDueWatch {

    private static final Logger LOG = Logger.getLogger(RemedyDueWatch.class);
    private static final Set<Remedy> DUE = EnumSet.of(Remedy.EXCHANGE, Remedy.REFUND);

    private final ClaimDecider decider;
    private final Outbox outbox;
    private final EntityManager entityManager;

    RemedyDueWatch(ClaimDecider decider, Outbox outbox, EntityManager entityManager) {
        this.decider = decider;
        this.outbox = outbox;
        this.entityManager = entityManager;
    }

    /** Evaluates the history after {@code repair} was recorded, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void repairRecorded(RepairRecord repair) {
        if (repair.faultGone) {
            LOG.debugf("ticket %s removed fault %s of %s: nothing to evaluate", repair.ticketId, repair.faultCode,
                    repair.deviceSerial);
            return;
        }
        Device device = repair.deviceId == null ? null : Device.findById(repair.deviceId);
        if (device == null) {
            LOG.infof("remedy-due: serial %s of ticket %s is no device of %s; not evaluated", repair.deviceSerial,
                    repair.ticketId, repair.customerOrganisation);
            return;
        }
        RepairVisit visit = repair.visit();
        ClaimDecider.Decided decided = decider.decide(NewClaim.fromHistory(device, visit, repair.ticketId), device);
        Remedy remedy = decided.decision().remedy();

        Remedy previous = lockWatch(device, visit.component(), repair.faultCode);
        updateWatch(device, visit.component(), repair, decided);
        if (!DUE.contains(remedy) || (previous != null && DUE.contains(previous))) {
            LOG.debugf("remedy-due: %s %s %s gives %s after %s; nothing newly due", device.serialNumber,
                    visit.component(), repair.faultCode, remedy, previous);
            return;
        }
        TraceEntry reason = ClaimDecider.reason(decided.decision());
        List<RepairVisit> history = decided.facts().repairs().stream().map(ClaimView.Repair::visit).toList();
        outbox.append(DeviceEvents.REMEDY_DUE, device.id.toString(), repair.repairEndedAt, new RemedyDue(device.id,
                device.serialNumber, device.customerOrganisation, decided.facts().product(), visit.component(),
                repair.faultCode, remedy.name(),
                decided.decision().options().stream().sorted().map(Remedy::name).toList(),
                RepairTally.repairsOf(history, visit.component(), repair.faultCode),
                decided.decision().policyId(), decided.decision().ruleId(), reason.zh(), reason.en(), repair.ticketId,
                repair.repairEndedAt));
        LOG.infof("remedy-due: %s of device %s (%s, fault %s) after ticket %s, rule %s of %s", remedy, device.serialNumber,
                visit.component(), repair.faultCode, repair.ticketId, decided.decision().ruleId(),
                decided.decision().policyId());
    }

    /** The remedy of the last evaluation, with the watch row locked so that evaluations of one fault take turns. */
    private Remedy lockWatch(Device device, String component, String faultCode) {
        entityManager.createNativeQuery("""
                        insert into remedy_watch (device_id, component, fault_code) values (?1, ?2, ?3)
                        on conflict do nothing""")
                .setParameter(1, device.id).setParameter(2, component).setParameter(3, faultCode)
                .executeUpdate();
        Object remedy = entityManager.createNativeQuery("""
                        select remedy from remedy_watch where device_id = ?1 and component = ?2 and fault_code = ?3 for update""")
                .setParameter(1, device.id).setParameter(2, component).setParameter(3, faultCode)
                .getSingleResult();
        return remedy == null ? null : Remedy.valueOf(remedy.toString());
    }

    private void updateWatch(Device device, String component, RepairRecord repair, ClaimDecider.Decided decided) {
        entityManager.createNativeQuery("""
                        update remedy_watch set remedy = ?4, policy_id = ?5, rule_id = ?6, last_ticket_id = ?7, evaluated_at = ?8
                        where device_id = ?1 and component = ?2 and fault_code = ?3""")
                .setParameter(1, device.id).setParameter(2, component).setParameter(3, repair.faultCode)
                .setParameter(4, decided.decision().remedy().name()).setParameter(5, decided.decision().policyId())
                .setParameter(6, decided.decision().ruleId()).setParameter(7, repair.ticketId)
                .setParameter(8, Timestamp.from(repair.repairEndedAt))
                .executeUpdate();
    }
}
