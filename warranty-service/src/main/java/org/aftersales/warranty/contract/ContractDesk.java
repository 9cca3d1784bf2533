package org.aftersales.warranty.contract;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.aftersales.events.contract.ContractEvents;
import org.aftersales.events.contract.ContractTerminated;
import org.aftersales.platform.outbox.Outbox;
import org.aftersales.platform.problem.FieldProblem;
import org.aftersales.platform.problem.ProblemException;
import org.aftersales.platform.security.Caller;
import org.aftersales.warranty.commitment.CommitmentCatalogue;
import org.aftersales.warranty.installedbase.Device;

/** Contracts: bound to a published commitment version and devices of one customer organisation, then activated. */
@ApplicationScoped
public class ContractDesk {

    private final CommitmentCatalogue commitments;
    private final Outbox outbox;
    @Inject
    Clock clock;

    ContractDesk(CommitmentCatalogue commitments, Outbox outbox) {
        this.commitments = commitments;
        this.outbox = outbox;
    }

    @Transactional
    public Contract create(NewContract request, Caller caller) {
        String number = request.number().strip();
        if (Contract.count("number", number) > 0) {
            throw new ProblemException(409, "Conflict", "A contract with this number exists",
                    List.of(new FieldProblem("number", "exists already")));
        }
        commitments.publishedTerms(request.commitmentId(), request.commitmentVersion());
        List<Device> devices = devices(request.deviceIds());
        Map<UUID, Device> byId = devices.stream().collect(Collectors.toMap(d -> d.id, Function.identity()));
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < request.deviceIds().size(); i++) {
            Device device = byId.get(request.deviceIds().get(i));
            if (device == null) {
                problems.add(new FieldProblem("deviceIds[" + i + "]", "no such device"));
            } else if (!device.customerOrganisation.equals(request.customerOrganisation())) {
                problems.add(new FieldProblem("deviceIds[" + i + "]",
                        "belongs to another organisation than " + request.customerOrganisation()));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.badRequest("The contract names devices it cannot cover", problems);
        }
        Contract contract = new Contract();
        contract.id = UUID.randomUUID();
        contract.number = number;
        contract.customerOrganisation = request.customerOrganisation();
        contract.commitmentId = request.commitmentId();
        contract.commitmentVersion = request.commitmentVersion();
        contract.deviceIds = new LinkedHashSet<>(request.deviceIds());
        contract.startsOn = request.startsOn();
        contract.endsOn = request.endsOn();
        contract.status = ContractStatus.DRAFT;
        contract.createdBy = caller.username();
        contract.createdAt = Instant.now(clock);
        contract.persist();
        return contract;
    }

    /** Puts a draft contract in force and publishes its terms ({@code aftersales.contract.activated.v1}). */
    @Transactional
    public Contract activate(UUID id, Caller caller) {
        Contract contract = find(id, caller);
        if (contract.status != ContractStatus.DRAFT) {
            throw ProblemException.conflict("Contract " + contract.number + " is in force already");
        }
        contract.status = ContractStatus.ACTIVE;
        contract.activatedAt = Instant.now(clock);
        List<String> serials = devices(List.copyOf(contract.deviceIds)).stream().map(d -> d.serialNumber).sorted().toList();
        outbox.append(ContractEvents.ACTIVATED, contract.id.toString(), contract.activatedAt,
                ContractTerms.activated(contract, serials,
                        commitments.publishedTerms(contract.commitmentId, contract.commitmentVersion), contract.activatedAt));
        return contract;
    }

    /**
     * 合同终止: a contract in force stops applying after {@code lastDayInForce}, which lies within its term; publishes
     * {@code aftersales.contract.terminated.v1}. 409 for a draft or a contract terminated already; 400 for a last day
     * outside the term.
     */
    @Transactional
    public Contract terminate(UUID id, ContractTermination request, Caller caller) {
        Contract contract = find(id, caller);
        if (contract.status != ContractStatus.ACTIVE) {
            throw ProblemException.conflict("Contract " + contract.number + " is " + contract.status
                    + "; only a contract in force can be terminated");
        }
        LocalDate last = request.lastDayInForce();
        if (last.isBefore(contract.startsOn) || (contract.endsOn != null && last.isAfter(contract.endsOn))) {
            throw ProblemException.badRequest("The last day in force lies outside the contract's term",
                    List.of(new FieldProblem("lastDayInForce", "must be from " + contract.startsOn
                            + (contract.endsOn == null ? " on" : " to " + contract.endsOn))));
        }
        contract.status = ContractStatus.TERMINATED;
        contract.lastDayInForce = last;
        contract.terminationReason = request.reason().strip();
        contract.terminatedBy = caller.username();
        contract.terminatedAt = Instant.now(clock);
        outbox.append(ContractEvents.TERMINATED, contract.id.toString(), contract.terminatedAt,
                new ContractTerminated(contract.id, contract.customerOrganisation, last, contract.terminationReason,
                        contract.terminatedBy, contract.terminatedAt));
        return contract;
    }

    /** The contract, or 404 when it does not exist or belongs to an organisation the caller may not see. */
    public Contract find(UUID id, Caller caller) {
        Contract contract = Contract.findById(id);
        if (contract == null) {
            throw ProblemException.notFound("contract", id);
        }
        caller.requireAccess(contract.customerOrganisation, "contract", id);
        return contract;
    }

    /**
     * The contract that covers a device on a day: activated, in its term and not past a termination's last day in
     * force, the latest activated; or null.
     */
    public static Contract inForce(UUID deviceId, LocalDate day) {
        return Contract.find("""
                        select c from Contract c join c.deviceIds d
                        where d = ?1 and c.status in ?2 and c.startsOn <= ?3 and (c.endsOn is null or c.endsOn >= ?3)
                          and (c.lastDayInForce is null or c.lastDayInForce >= ?3)
                        order by c.activatedAt desc""", deviceId,
                        List.of(ContractStatus.ACTIVE, ContractStatus.TERMINATED), day)
                .firstResult();
    }

    /** The contracts the caller may see, by number. */
    public List<Contract> list(Caller caller) {
        return Contract.list(caller.scope().jpql("customerOrganisation"), Sort.by("number"), caller.scope().parameters());
    }

    private static List<Device> devices(List<UUID> ids) {
        return Device.list("id in ?1", ids);
    }
}
