package org.aftersales.warranty.customer;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of customers, by organisation. */
public record CustomerPage(
        @Schema(description = "The customers of this page, by organisation") List<CustomerView> items,
        @Schema(description = "The page's number, from 0") int page,
        @Schema(description = "The most customers a page holds") int size,
        @Schema(description = "How many customers match, on all pages") long total) {
}
