package org.aftersales.parts.spare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The lifecycle table of a spare request: every action from every status. */
class SpareRequestActionTest {

    @ParameterizedTest(name = "{0} from {1} -> {2}")
    @CsvSource({
        "PICK,     REQUESTED,  PICKED",
        "PICK,     PICKED,     ",
        "PICK,     DISPATCHED, ",
        "PICK,     DELIVERED,  ",
        "PICK,     CANCELLED,  ",
        "DISPATCH, REQUESTED,  ",
        "DISPATCH, PICKED,     DISPATCHED",
        "DISPATCH, DISPATCHED, ",
        "DISPATCH, DELIVERED,  ",
        "DISPATCH, CANCELLED,  ",
        "DELIVER,  REQUESTED,  ",
        "DELIVER,  PICKED,     ",
        "DELIVER,  DISPATCHED, DELIVERED",
        "DELIVER,  DELIVERED,  ",
        "DELIVER,  CANCELLED,  ",
        "CANCEL,   REQUESTED,  CANCELLED",
        "CANCEL,   PICKED,     CANCELLED",
        "CANCEL,   DISPATCHED, CANCELLED",
        "CANCEL,   DELIVERED,  ",
        "CANCEL,   CANCELLED,  "
    })
    void an_action_leads_from_a_status_to_its_next_or_nowhere(SpareRequestAction action, SpareRequestStatus from,
            SpareRequestStatus to) {
        assertThat(action.from(from).orElse(null)).isEqualTo(to);
    }

    @ParameterizedTest(name = "{0} is done by {1}")
    @CsvSource({
        "PICK,     parts-clerk manager",
        "DISPATCH, engineer manager parts-clerk",
        "DELIVER,  engineer manager parts-clerk",
        "CANCEL,   agent manager parts-clerk"
    })
    void each_action_names_the_roles_that_may_do_it(SpareRequestAction action, String roles) {
        assertThat(action.roles()).containsExactlyInAnyOrderElementsOf(Arrays.asList(roles.split(" ")));
    }
}
