package org.aftersales.ticket.inspection;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.aftersales.platform.installedbase.KnownContract;
import org.jboss.logging.Logger;

/**
 * Generates the tickets of planned inspections (巡检) ahead of their dates: every occurrence of a contract's plan
 * due within the lead time ({@code aftersales.inspection.lead-time}, 14 days) that has no ticket yet gets one, with
 * {@code aftersales.ticket.inspection-due.v1}. Occurrences missed as far back (an outage) are caught up.
 */
@ApplicationScoped
public class InspectionGenerator {

    /** Who creates planned inspection tickets, in their history and {@code createdBy}. */
    public static final String PLANNER = "inspection-plan";

    private static final Logger LOG = Logger.getLogger(InspectionGenerator.class);

    private final InspectionContracts contracts;
    private final InspectionTickets tickets;
    private final InspectionConfig config;
    private final Clock clock;

    InspectionGenerator(InspectionContracts contracts, InspectionTickets tickets, InspectionConfig config,
            Clock clock) {
        this.clock = clock;
        this.contracts = contracts;
        this.tickets = tickets;
        this.config = config;
    }

    @Scheduled(identity = "inspection-generator", every = "${aftersales.inspection.generate-every:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledRun() {
        int opened = generate(Instant.now(clock));
        if (opened > 0) {
            LOG.infof("inspection generator: %d inspection tickets opened", opened);
        }
    }

    /**
     * Opens the tickets due around {@code now} and returns how many it opened. Safe on several replicas at once
     * and after a crash: each occurrence is claimed through its unique key in the transaction that writes its
     * ticket and event. A contract whose terms cannot be planned is logged and skipped; the others go on.
     */
    public int generate(Instant now) {
        LocalDate endingNotBefore = LocalDate.ofInstant(now, ZoneOffset.UTC).minus(config.leadTime()).minusDays(1);
        List<UUID> planned = QuarkusTransaction.requiringNew().call(() -> contracts.withSchedules(endingNotBefore));
        int opened = 0;
        for (UUID contractId : planned) {
            try {
                opened += generate(contractId, now);
            } catch (RuntimeException e) {
                LOG.errorf(e, "inspection generator: contract %s skipped", contractId);
            }
        }
        return opened;
    }

    private int generate(UUID contractId, Instant now) {
        List<InspectionTickets.Due> missing = QuarkusTransaction.requiringNew().call(() -> missing(contractId, now));
        int opened = 0;
        for (InspectionTickets.Due due : missing) {
            if (QuarkusTransaction.requiringNew().call(() -> tickets.open(due, PLANNER, now).isPresent())) {
                opened++;
            }
        }
        return opened;
    }

    /** The contract's occurrences within the lead time of {@code now}'s day, in its zone, that have no ticket yet. */
    private List<InspectionTickets.Due> missing(UUID contractId, Instant now) {
        KnownContract contract = KnownContract.findById(contractId);
        InspectionTerms terms = contracts.terms(contract);
        LocalDate today = terms.today(now);
        LocalDate first = today.minus(config.leadTime());
        LocalDate last = today.plus(config.leadTime());
        Set<Occurrence.OfDevice> existing = new HashSet<>(Inspection.<Inspection>list("contractId = ?1"
                        + " and scheduleName is not null and dueOn between ?2 and ?3", contractId, first, last)
                .stream().map(i -> new Occurrence.OfDevice(i.deviceSerial, new Occurrence(i.scheduleName, i.dueOn)))
                .toList());
        List<InspectionTickets.Due> missing = new ArrayList<>();
        for (InspectionContracts.PlannedDevice device : contracts.devices(contract)) {
            for (Occurrence occurrence : terms.plan().between(device.warrantyStart(), first, last)) {
                if (!existing.contains(new Occurrence.OfDevice(device.serialNumber(), occurrence))) {
                    missing.add(new InspectionTickets.Due(contract.customerOrganisation, device.serialNumber(),
                            contractId, occurrence.scheduleName(), null, occurrence.dueOn()));
                }
            }
        }
        return missing;
    }
}
