package org.aftersales.complaint.handling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * 记录备案编号: {@code TS-<year>-<6 digits>}, a readable sequence per year without gaps. The year's counter row is
 * advanced in the registering transaction: concurrent registrations wait for each other on the row, and a
 * registration that rolls back takes its number back with it.
 */
@ApplicationScoped
public class RecordNumbers {

    private final EntityManager entityManager;

    RecordNumbers(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public String next(int year) {
        Number number = (Number) entityManager.createNativeQuery("""
                        insert into complaint_number (year, last_number) values (?1, 1)
                        on conflict (year) do update set last_number = complaint_number.last_number + 1
                        returning last_number""")
                .setParameter(1, year)
                .getSingleResult();
        return format(year, number.intValue());
    }

    /** The record number of the {@code n}th complaint of {@code year}. */
    public static String format(int year, int n) {
        return "TS-%d-%06d".formatted(year, n);
    }
}
