package org.aftersales.warranty.customer;

import java.util.List;

/** A customer's sites, by name. */
public record SiteList(List<SiteView> items, int total) {
}
