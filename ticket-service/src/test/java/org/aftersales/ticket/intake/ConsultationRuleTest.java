package org.aftersales.ticket.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.aftersales.events.ticket.TicketEvents;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A consultation (咨询) follows the fault's lifecycle table, except that it is answered by RESOLVE. */
class ConsultationRuleTest {

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("org.aftersales.ticket.intake.TicketLifecycleTest#everyActionFromEveryStatus")
    void a_consultation_may_also_be_answered_once_acknowledged(TicketAction action, TicketStatus from) {
        Optional<TicketStatus> expected = action == TicketAction.RESOLVE && from == TicketStatus.ACKNOWLEDGED
                ? Optional.of(TicketStatus.RESOLVED)
                : action.from(from, TicketStatus.ON_SITE);

        assertThat(action.from(TicketKind.CONSULTATION, from, TicketStatus.ON_SITE)).isEqualTo(expected);
        assertThat(action.from(TicketKind.FAULT, from, TicketStatus.ON_SITE))
                .isEqualTo(action.from(from, TicketStatus.ON_SITE));
    }

    @ParameterizedTest
    @MethodSource("actions")
    void answering_publishes_answered_not_resolved_and_needs_the_answer(TicketAction action) {
        if (action == TicketAction.RESOLVE) {
            assertThat(action.event(TicketKind.CONSULTATION)).contains(TicketEvents.ANSWERED);
            assertThat(action.event(TicketKind.FAULT)).isEmpty();
            assertThat(action.needsReason(TicketKind.CONSULTATION)).isTrue();
            assertThat(action.needsReason(TicketKind.FAULT)).isFalse();
        } else {
            assertThat(action.event(TicketKind.CONSULTATION)).isEqualTo(action.event());
            assertThat(action.needsReason(TicketKind.CONSULTATION)).isEqualTo(action.needsReason());
        }
    }

    static TicketAction[] actions() {
        return TicketAction.values();
    }
}
