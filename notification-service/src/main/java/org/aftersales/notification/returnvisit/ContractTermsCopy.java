package org.aftersales.notification.returnvisit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.aftersales.events.contract.ContractActivated;
import org.aftersales.events.contract.ContractActivated.ReturnVisitTerm;
import org.aftersales.events.contract.ContractTerminated;
import org.aftersales.platform.deadline.Promise;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/**
 * The small copy notification-service keeps of contracts: the return-visit promise after a closed service, for each
 * device a contract names, or for its whole customer organisation when it names none (a device's contract wins); and
 * the contract's periodic return-visit terms (定期回访) with its period.
 */
@ApplicationScoped
public class ContractTermsCopy {

    private static final String ORGANISATION_WIDE = "";

    private final EntityManager entityManager;

    ContractTermsCopy(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A contract's {@code PERIODIC} return-visit term: {@code timesPerYear} visits in each contract year. */
    public record PeriodicTerm(UUID contractId, int termIndex, String customerOrganisation, LocalDate startsOn,
            LocalDate endsOn, int timesPerYear, boolean keyCustomersOnly) {
    }

    /**
     * Keeps the contract's promise after a closed service and its periodic terms; a contract without them is
     * forgotten.
     */
    public void activated(ContractActivated contract) {
        forget(contract.contractId().toString());
        List<ReturnVisitTerm> terms = contract.returnVisits();
        for (int index = 0; index < terms.size(); index++) {
            ReturnVisitTerm term = terms.get(index);
            if (ReturnVisitTerms.PERIODIC.equals(term.trigger()) && term.timesPerYear() != null
                    && contract.startsOn() != null) {
                entityManager.createNativeQuery("""
                                insert into contract_periodic_visit_term (contract_id, term_index, customer_organisation,
                                    starts_on, ends_on, times_per_year, key_customers_only)
                                values (?1, ?2, ?3, ?4, ?5, ?6, ?7)""")
                        .setParameter(1, contract.contractId())
                        .setParameter(2, index)
                        .setParameter(3, contract.customerOrganisation())
                        .setParameter(4, contract.startsOn())
                        .unwrap(NativeQuery.class)
                        .setParameter(5, contract.endsOn(), StandardBasicTypes.LOCAL_DATE)
                        .setParameter(6, term.timesPerYear())
                        .setParameter(7, term.keyCustomersOnly())
                        .executeUpdate();
            }
        }
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

    /** Forgets the contract's promise; its periodic terms end on its last day in force. */
    public void terminated(ContractTerminated contract) {
        entityManager.createNativeQuery("delete from contract_return_visit_term where contract_id = ?1")
                .setParameter(1, contract.contractId())
                .executeUpdate();
        entityManager.createNativeQuery("""
                        update contract_periodic_visit_term set ends_on = ?2
                        where contract_id = ?1 and (ends_on is null or ends_on > ?2)""")
                .setParameter(1, contract.contractId())
                .setParameter(2, contract.lastDayInForce())
                .executeUpdate();
    }

    /** The periodic terms of a contract. */
    public List<PeriodicTerm> periodicTerms(UUID contractId) {
        return periodic("contract_id = ?1", contractId);
    }

    /** The periodic terms of every contract of a customer organisation. */
    public List<PeriodicTerm> periodicTermsOf(String customerOrganisation) {
        return periodic("customer_organisation = ?1", customerOrganisation);
    }

    private List<PeriodicTerm> periodic(String where, Object value) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select contract_id, term_index, customer_organisation, starts_on, ends_on, times_per_year,
                            key_customers_only
                        from contract_periodic_visit_term where %s order by contract_id, term_index"""
                        .formatted(where))
                .setParameter(1, value)
                .getResultList();
        return rows.stream().map(row -> new PeriodicTerm((UUID) row[0], ((Number) row[1]).intValue(),
                (String) row[2], localDate(row[3]), localDate(row[4]), ((Number) row[5]).intValue(),
                (Boolean) row[6])).toList();
    }

    private static LocalDate localDate(Object value) {
        return value == null ? null : value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
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
        entityManager.createNativeQuery("delete from contract_periodic_visit_term where contract_id = cast(?1 as uuid)")
                .setParameter(1, contractId)
                .executeUpdate();
    }
}
