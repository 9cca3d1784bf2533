package org.aftersales.notification.returnvisit;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.aftersales.events.contract.ContractActivated.ReturnVisitTerm;
import org.aftersales.events.contract.ContractActivated.TimeTarget;
import org.aftersales.platform.deadline.Promise;

/** How soon a return visit (回访) is owed after a closed service, read from a contract's return-visit terms. */
final class ReturnVisitTerms {

    /** The trigger of a visit owed after every closed service ticket. */
    static final String SERVICE_CLOSED = "SERVICE_CLOSED";
    /** The trigger of visits owed {@code timesPerYear} times in each contract year. */
    static final String PERIODIC = "PERIODIC";
    /** Without a contract that says otherwise: within 3 working days (3个工作日内回访). */
    static final Promise DEFAULT = Promise.workingDays(3);

    private ReturnVisitTerms() {
    }

    /** The promise of the first {@code SERVICE_CLOSED} term with a time target, empty when there is none. */
    static Optional<Promise> afterClosedService(List<ReturnVisitTerm> terms) {
        return terms.stream()
                .filter(term -> SERVICE_CLOSED.equals(term.trigger()) && term.within() != null)
                .map(term -> promise(term.within()))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static Optional<Promise> promise(TimeTarget within) {
        if (within.workingDays() != null && within.workingDays() >= 1) {
            return Optional.of(Promise.workingDays(within.workingDays()));
        }
        if (within.elapsed() != null) {
            return Optional.of(Promise.within(Duration.parse(within.elapsed())));
        }
        return Optional.empty();
    }
}
