package org.aftersales.warranty.claim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.aftersales.warranty.claim.ClaimView.Facts;
import org.aftersales.warranty.history.RepairRecord;
import org.aftersales.warranty.installedbase.Device;
import org.aftersales.warranty.sanbao.Assessment;
import org.aftersales.warranty.sanbao.Claim;
import org.aftersales.warranty.sanbao.Purchase;
import org.aftersales.warranty.sanbao.Remedy;
import org.aftersales.warranty.sanbao.TraceEntry;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * After a resolved ticket is recorded, decides the claim the device's repair history implies for that component and
 * fault (claim date = the end of the repair) and publishes {@code aftersales.device.remedy-due.v1} when an exchange or
 * refund has become due.
 *
 * <p><b>Once per crossing.</b> Table {@code remedy_watch} keeps, per device, component and fault, the remedy of the
 * last evaluation. The event is published when the remedy now is {@link Remedy#EXCHANGE} or {@link Remedy#REFUND} and
 * the stored one was neither (or there was none); later failing repairs of the same fault, which still give exchange
 * or refund, publish nothing. Should a later evaluation give less than exchange again (e.g. the 三包 period has ended),
 * a later rise back to exchange or refund is a new crossing and publishes again.
 *
 * <p><b>Which repairs are evaluated.</b> Only repairs that left the fault failing ({@code faultGone = false}): a
 * repair that removed the fault owes no exchange. Repairs of a serial the installed base does not know are skipped
 * with a log line.
 *
 * <p><b>Product.</b> The installed base has no product category; the engine's product, price and purchase are taken
 * from the device's latest claim ({@code POST /api/v1/claims}), else from {@code aftersales.remedy-due.default-product}
 * (by default {@code colour-tv}: a row of the 1995 household-goods catalog with verified periods, so its rule
 * 1995.R3 — the same fault repaired twice and still failing within the 三包 period gives exchange or refund — is the
 * statutory repeated-failure rule that applies) at price 0, a consumer purchase. The refund amount is not part of the
 * event.
 */
@ApplicationScoped
public class RemedyDueWatch {

    private static final Logger LOG = Logger.getLogger(RemedyDueWatch.class);
    private static final Set<Remedy> DUE = EnumSet.of(Remedy.EXCHANGE, Remedy.REFUND);

    private final ClaimDecider decider;
    private final Outbox outbox;
    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final String defaultProduct;

    RemedyDueWatch(ClaimDecider decider, Outbox outbox, EntityManager entityManager, ObjectMapper json,
            @ConfigProperty(name = "aftersales.remedy-due.default-product", defaultValue = "colour-tv") String defaultProduct) {
        this.decider = decider;
        this.outbox = outbox;
        this.entityManager = entityManager;
        this.json = json;
        this.defaultProduct = defaultProduct;
    }

    /** Evaluates the history after {@code repair} was recorded, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void repairRecorded(RepairRecord repair) {
        if (repair.faultGone) {
            LOG.debugf("ticket %s removed fault %s of %s: nothing to evaluate", repair.ticketId, repair.faultCode, repair.deviceSerial);
            return;
        }
        Device device = Device.find("serialNumber", repair.deviceSerial).firstResult();
        if (device == null) {
            LOG.infof("remedy-due: serial %s of ticket %s is not in the installed base; not evaluated", repair.deviceSerial,
                    repair.ticketId);
            return;
        }
        String component = repair.component == null || repair.component.isBlank() ? Claim.WHOLE_UNIT : repair.component;
        Facts facts = decider.factsFromHistory(device, component, repair.faultCode, repair.repairEndedAt, basis(device));
        ClaimDecider.Decided decided = decider.decide(device, facts);
        Remedy remedy = decided.decision().remedy();

        Remedy previous = lockWatch(device, component, repair.faultCode);
        updateWatch(device, component, repair, decided);
        if (!DUE.contains(remedy) || (previous != null && DUE.contains(previous))) {
            LOG.debugf("remedy-due: %s %s %s gives %s after %s; nothing newly due", device.serialNumber, component,
                    repair.faultCode, remedy, previous);
            return;
        }
        TraceEntry reason = ClaimDecider.reason(decided.decision());
        int counted = (int) facts.repairs().stream().filter(r -> r.faultCode().equals(repair.faultCode)).count();
        outbox.append(DeviceEvents.REMEDY_DUE, device.id.toString(), repair.repairEndedAt, new RemedyDue(device.id,
                device.serialNumber, device.customerOrganisation, facts.product(), component, repair.faultCode, remedy.name(),
                decided.decision().options().stream().sorted().map(Remedy::name).toList(), counted,
                decided.decision().policyId(), decided.decision().ruleId(), reason.zh(), reason.en(), repair.ticketId,
                repair.repairEndedAt));
        LOG.infof("remedy-due: %s of device %s (%s, fault %s) after ticket %s, rule %s of %s", remedy, device.serialNumber,
                component, repair.faultCode, repair.ticketId, decided.decision().ruleId(), decided.decision().policyId());
    }

    /** Product, price and purchase from the device's latest claim, else the configured default. */
    private Facts basis(Device device) {
        ClaimRecord latest = ClaimRecord.<ClaimRecord>find("deviceId = ?1 order by createdAt desc", device.id).firstResult();
        if (latest != null) {
            try {
                return json.readValue(latest.document, ClaimView.class).facts();
            } catch (JsonProcessingException e) {
                LOG.warnf("claim %s has an unreadable document; remedy-due uses the default product", latest.id);
            }
        }
        return new Facts(defaultProduct, Claim.WHOLE_UNIT, ClaimDecider.NO_PRICE, null, Purchase.Buyer.CONSUMER, false, false,
                true, null, null, null, null, ClaimView.Source.DEFAULT, null, 0, "", List.of(), List.of(),
                ClaimView.Source.DEFAULT, List.of(), Assessment.Verdict.NOT_ASSESSED, null, "", ClaimView.Source.DEFAULT, null);
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
