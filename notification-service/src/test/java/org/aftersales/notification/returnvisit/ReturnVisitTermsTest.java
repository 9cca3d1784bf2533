package org.aftersales.notification.returnvisit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.aftersales.events.contract.ContractActivated.ReturnVisitTerm;
import org.aftersales.events.contract.ContractActivated.TimeTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which of a contract's return-visit terms applies after a closed service, and what it promises. */
class ReturnVisitTermsTest {

    static Stream<Arguments> terms() {
        return Stream.of(
                Arguments.of("no terms", List.of(), null),
                Arguments.of("3 working days after a closed service", List.of(closed(new TimeTarget(null, 3))),
                        "3 working days"),
                Arguments.of("one working day", List.of(closed(new TimeTarget(null, 1))), "1 working day"),
                Arguments.of("elapsed time", List.of(closed(new TimeTarget("PT48H", null))), "PT48H"),
                Arguments.of("working days win over elapsed time", List.of(closed(new TimeTarget("PT48H", 2))),
                        "2 working days"),
                Arguments.of("a term without a target is skipped",
                        List.of(closed(null), closed(new TimeTarget(null, 5))), "5 working days"),
                Arguments.of("a target of nothing is skipped",
                        List.of(closed(new TimeTarget(null, null)), closed(new TimeTarget(null, 4))),
                        "4 working days"),
                Arguments.of("other triggers do not apply",
                        List.of(new ReturnVisitTerm("COMPLAINT_RESOLVED", new TimeTarget(null, 1), null, false),
                                new ReturnVisitTerm("PERIODIC", null, 4, true)), null),
                Arguments.of("the first closed-service term wins",
                        List.of(new ReturnVisitTerm("PERIODIC", null, 2, false), closed(new TimeTarget(null, 7)),
                                closed(new TimeTarget(null, 2))), "7 working days"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("terms")
    void the_promise_after_a_closed_service(String name, List<ReturnVisitTerm> terms, String promise) {
        assertThat(ReturnVisitTerms.afterClosedService(terms).map(found -> found.text()))
                .isEqualTo(Optional.ofNullable(promise));
    }

    @Test
    void without_a_contract_term_a_visit_is_due_within_3_working_days() {
        assertThat(ReturnVisitTerms.DEFAULT.text()).isEqualTo("3 working days");
    }

    private static ReturnVisitTerm closed(TimeTarget within) {
        return new ReturnVisitTerm(ReturnVisitTerms.SERVICE_CLOSED, within, null, false);
    }
}
