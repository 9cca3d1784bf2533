package org.aftersales.parts.spare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.aftersales.parts.warehouse.WarehouseKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Why a warehouse serves a spare request, and the ranking that follows from it. */
class ServingWarehouseTest {

    @ParameterizedTest(name = "{0} of {1} in {2}, ticket of {3}, site in {4}: {5}")
    @CsvSource(nullValues = "-", value = {
        "VAN,      wang, east, wang, east, ASSIGNED_ENGINEERS_VAN",
        "VAN,      wang, west, wang, east, ASSIGNED_ENGINEERS_VAN",
        "VAN,      li,   east, wang, east, SAME_REGION",
        "VAN,      li,   west, wang, east, ELSEWHERE",
        "VAN,      wang, east, -,    east, SAME_REGION",
        "REGIONAL, -,    east, wang, east, SAME_REGION",
        "REGIONAL, -,    EAST, wang, east, SAME_REGION",
        "CENTRAL,  -,    north, wang, east, ELSEWHERE",
        "CENTRAL,  -,    north, wang, -,    ELSEWHERE"
    })
    void a_warehouse_serves_for_a_reason(WarehouseKind kind, String vanEngineer, String region,
            String assignedEngineer, String siteRegion, ServingWarehouse.Reason reason) {
        assertThat(ServingWarehouse.reasonFor(kind, vanEngineer, region, assignedEngineer, siteRegion))
                .isEqualTo(reason);
    }

    @Test
    void nearest_first_then_the_most_available_then_by_code() {
        ServingWarehouse central = serving("C", 50, ServingWarehouse.Reason.ELSEWHERE);
        ServingWarehouse regionalSmall = serving("R2", 1, ServingWarehouse.Reason.SAME_REGION);
        ServingWarehouse regionalLarge = serving("R1", 9, ServingWarehouse.Reason.SAME_REGION);
        ServingWarehouse regionalLargeToo = serving("R0", 9, ServingWarehouse.Reason.SAME_REGION);
        ServingWarehouse van = serving("V", 1, ServingWarehouse.Reason.ASSIGNED_ENGINEERS_VAN);
        assertThat(List.of(central, regionalSmall, regionalLarge, van, regionalLargeToo).stream()
                .sorted(ServingWarehouse.RANKING).toList())
                .containsExactly(van, regionalLargeToo, regionalLarge, regionalSmall, central);
    }

    private static ServingWarehouse serving(String code, int available, ServingWarehouse.Reason reason) {
        return new ServingWarehouse(UUID.randomUUID(), code, code, WarehouseKind.REGIONAL, "east", "P-1", available,
                reason);
    }
}
