package org.aftersales.parts.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The ledger's rules: what each kind of entry does to on hand, reserved and in transit. */
class MovementKindTest {

    @ParameterizedTest(name = "{0} of {1}: on hand {2}, reserved {3}, in transit {4}")
    @CsvSource({
        "RECEIPT,             3,  3,  0,  0",
        "TRANSFER_OUT,        2, -2,  0,  0",
        "TRANSFER_DISPATCHED, 2,  0,  0,  2",
        "TRANSFER_IN,         2,  2,  0, -2",
        "RESERVATION,         1,  0,  1,  0",
        "RELEASE,             1,  0, -1,  0",
        "ISSUE,               1, -1, -1,  0",
        "CONSUMPTION,         1,  0,  0,  0",
        "RETURN,              1,  1,  0,  0",
        "ADJUSTMENT_UP,       4,  4,  0,  0",
        "ADJUSTMENT_DOWN,     4, -4,  0,  0",
        "SCRAP,               1, -1,  0,  0",
        "LOAN_OUT,            1, -1,  0,  0",
        "LOAN_BACK,           1,  1,  0,  0",
    })
    void each_kind_changes_the_stock_by_its_rule(MovementKind kind, int quantity, int onHand, int reserved,
            int inTransit) {
        assertThat(kind.change(quantity)).isEqualTo(new StockChange(onHand, reserved, inTransit));
    }

    @ParameterizedTest
    @EnumSource(MovementKind.class)
    void a_movement_moves_at_least_one_unit(MovementKind kind) {
        assertThatThrownBy(() -> kind.change(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> kind.change(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} can start a stock level: {1}")
    @CsvSource({"RECEIPT, true", "TRANSFER_DISPATCHED, true", "CONSUMPTION, true", "RETURN, true",
        "ADJUSTMENT_UP, true", "RESERVATION, false", "TRANSFER_IN, false", "ISSUE, false", "RELEASE, false",
        "SCRAP, false"})
    void only_a_change_that_leaves_nothing_short_can_start_a_stock_level(MovementKind kind, boolean canStart) {
        assertThat(kind.change(1).canStartFromNothing()).isEqualTo(canStart);
    }
}
