package org.aftersales.notification.returnvisit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.aftersales.events.contract.ContractActivated;
import org.aftersales.events.contract.ContractTerminated;
import org.aftersales.platform.deadline.Promise;

/**
 * The small copy notification-service keeps of contracts: the return-visit promise after a closed service, for each
 * device a contract names, or for its whole customer organisation when it names none (a device's contract wins).
 */
@ApplicationScoped
public class ContractTermsCopy {

    private static final String ORGANISATION_WIDE = "";

    private final EntityManager entityManager;

    ContractTermsCopy(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Keeps the contract's promise; a contract without a return-visit term after closing is forgotten. */
    public void activated(ContractActivated contract) {
        forget(contract.contractId().toString());
        ReturnVisitTerms.afterClosedService(contract.returnVisits()).ifPresent(promise -> {
            // A contract that names no devices covers every device of its organisation: the empty serial.
            List<String> serials = contract.deviceSerials().isEmpty() ? List.of(ORGANISATION_WIDE)
                    : contract.deviceSerials();
            for (String serial : serials) {
                entityManager.createNativeQuery("""
                                insert into contract_return_visit_term
                                (contract_id, customer_organisation, device_serial, promise, activated_at)
                                values (?1, ?2, ?3, ?4, ?5)""")
                        .setParameter(1, contract.contractId())
                        .setParameter(2, contract.customerOrganisation())
                        .setParameter(3, serial)
                        .setParameter(4, promise.text())
                        .setParameter(5, contract.activatedAt())
                        .executeUpdate();
            }
        });
    }

    public void terminated(ContractTerminated contract) {
        forget(contract.contractId().toString());
    }

    /** The promise for a visit about a ticket on {@code deviceSerial}, the default when no contract names one. */
    public Promise promiseFor(String customerOrganisation, String deviceSerial) {
        List<?> found = entityManager.createNativeQuery("""
                        select promise from contract_return_visit_term
                        where customer_organisation = ?1 and device_serial in (?2, '')
                        order by device_serial = '', activated_at desc limit 1""")
                .setParameter(1, customerOrganisation)
                .setParameter(2, deviceSerial == null ? ORGANISATION_WIDE : deviceSerial)
                .getResultList();
        return found.isEmpty() ? ReturnVisitTerms.DEFAULT : Promise.parse((String) found.getFirst());
    }

    private void forget(String contractId) {
        entityManager.createNativeQuery("delete from contract_return_visit_term where contract_id = cast(?1 as uuid)")
                .setParameter(1, contractId)
                .executeUpdate();
    }
}
