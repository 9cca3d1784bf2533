package org.aftersales.warranty.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CustomerPathsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "dealer-a/customer-a, true",
            "dealer-a/customer-a/ward-3, true",
            "dealer-a/b/c/d, true",
            "dealer-a/sites-north, true",
            "dealer-a/campus-sites, true",
            "sites-dealer/customer-a, true",
            "dealer-a, false",
            "dealer-a/sites, false",
            "sites/customer-a, false",
            "dealer-a/sites/customer-a, false",
            "dealer-a/b/c/d/e, false",
            "Dealer-A/customer-a, false",
            "dealer-a/-customer, false",
            "dealer-a//customer-a, false",
            "dealer-a/customer-a/, false"})
    void a_customer_organisation_has_a_parent_and_no_sites_segment(String organisation, boolean customer) {
        assertThat(CustomerPaths.isCustomerOrganisation(organisation)).isEqualTo(customer);
    }

    @ParameterizedTest
    @CsvSource({"dealer-a/customer-a, dealer-a", "dealer-a/customer-a/ward-3, dealer-a/customer-a"})
    void the_parent_is_the_path_without_its_last_segment(String organisation, String parent) {
        assertThat(CustomerPaths.parent(organisation)).isEqualTo(parent);
    }

    @ParameterizedTest
    @CsvSource({"63, true", "64, false"})
    void a_segment_has_at_most_63_characters(int length, boolean customer) {
        assertThat(CustomerPaths.isCustomerOrganisation("dealer-a/" + "c".repeat(length))).isEqualTo(customer);
    }
}
