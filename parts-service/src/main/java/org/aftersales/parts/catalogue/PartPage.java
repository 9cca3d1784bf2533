package org.aftersales.parts.catalogue;

import java.util.List;

/** One page of the catalogue, by part number. */
public record PartPage(List<PartView> items, int page, int size, long total) {
}
