package org.aftersales.parts.spare;

import java.util.Comparator;
import java.util.UUID;
import org.aftersales.parts.warehouse.WarehouseKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 推荐发货仓: a warehouse that holds available stock for a spare request, with why it ranks where it does.
 *
 * @param available on hand less reserved there
 */
public record ServingWarehouse(
        @Schema(description = "The warehouse", required = true) UUID warehouseId,
        @Schema(description = "Its code") String code,
        @Schema(description = "Its name") String name,
        @Schema(description = "What kind of location it is", required = true) WarehouseKind kind,
        @Schema(description = "The region it serves") String region,
        @Schema(description = "The part it holds for the request") String partNumber,
        @Schema(description = "How many are available there: on hand less reserved") int available,
        @Schema(description = "Why it ranks where it does", required = true) Reason reason) {

    /** Why a warehouse serves a request, nearest first. */
    public enum Reason {
        /** The van stock (车载库) of the engineer the ticket is assigned to: already on the way. */
        ASSIGNED_ENGINEERS_VAN,
        /** In the site's region. */
        SAME_REGION,
        /** Anywhere else. */
        ELSEWHERE
    }

    /** Nearest first, then the most available, then by code. */
    public static final Comparator<ServingWarehouse> RANKING = Comparator
            .comparing(ServingWarehouse::reason)
            .thenComparing(Comparator.comparingInt(ServingWarehouse::available).reversed())
            .thenComparing(Comparator.comparing(ServingWarehouse::code));

    /**
     * Why a warehouse of {@code kind} in {@code region} run by {@code vanEngineer} (a VAN's) serves a request for a
     * ticket assigned to {@code assignedEngineer} on a site in {@code siteRegion} (either may be unknown: null).
     */
    public static Reason reasonFor(WarehouseKind kind, String vanEngineer, String region, String assignedEngineer,
            String siteRegion) {
        if (kind == WarehouseKind.VAN && assignedEngineer != null && assignedEngineer.equals(vanEngineer)) {
            return Reason.ASSIGNED_ENGINEERS_VAN;
        }
        return siteRegion != null && siteRegion.equalsIgnoreCase(region) ? Reason.SAME_REGION : Reason.ELSEWHERE;
    }
}
