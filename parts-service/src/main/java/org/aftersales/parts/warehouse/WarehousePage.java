package org.aftersales.parts.warehouse;

import java.util.List;

/** One page of warehouses, by code. */
public record WarehousePage(List<WarehouseView> items, int page, int size, long total) {
}
