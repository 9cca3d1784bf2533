package org.aftersales.ticket.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The lifecycle as a table: every action from every status is either the listed transition or refused. */
class TicketLifecycleTest {

    /** action, from → to; everything not listed is refused. RESUME returns to where the ticket waited (here ON_SITE). */
    static final String ALLOWED = """
            ACKNOWLEDGE NEW          ACKNOWLEDGED
            DIAGNOSE    ACKNOWLEDGED DIAGNOSING
            DISPATCH    ACKNOWLEDGED DISPATCHED
            DISPATCH    DIAGNOSING   DISPATCHED
            ARRIVE      DISPATCHED   ON_SITE
            WAIT        DIAGNOSING   WAITING
            WAIT        ON_SITE      WAITING
            RESUME      WAITING      ON_SITE
            RESOLVE     DIAGNOSING   RESOLVED
            RESOLVE     ON_SITE      RESOLVED
            CONFIRM     RESOLVED     CONFIRMED
            REJECT      RESOLVED     DIAGNOSING
            CLOSE       CONFIRMED    CLOSED
            REOPEN      RESOLVED     DIAGNOSING
            REOPEN      CONFIRMED    DIAGNOSING
            REOPEN      CLOSED       DIAGNOSING
            CANCEL      NEW          CANCELLED
            CANCEL      ACKNOWLEDGED CANCELLED
            CANCEL      DIAGNOSING   CANCELLED
            CANCEL      DISPATCHED   CANCELLED
            """;

    static final Map<String, TicketStatus> TABLE = ALLOWED.lines()
            .map(line -> line.trim().split("\\s+"))
            .collect(Collectors.toMap(cells -> cells[0] + " " + cells[1], cells -> TicketStatus.valueOf(cells[2])));

    static Stream<Arguments> everyActionFromEveryStatus() {
        return Stream.of(TicketAction.values())
                .flatMap(action -> Stream.of(TicketStatus.values()).map(status -> Arguments.of(action, status)));
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("everyActionFromEveryStatus")
    void an_action_leads_where_the_table_says_or_is_refused(TicketAction action, TicketStatus from) {
        Optional<TicketStatus> to = action.from(from, TicketStatus.ON_SITE);

        assertThat(to).isEqualTo(Optional.ofNullable(TABLE.get(action + " " + from)));
    }
}
