package org.aftersales.warranty.customer;

import java.util.List;

/** One page of customers, by organisation. */
public record CustomerPage(List<CustomerView> items, int page, int size, long total) {
}
