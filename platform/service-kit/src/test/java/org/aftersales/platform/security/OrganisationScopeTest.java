package org.aftersales.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrganisationScopeTest {

    @ParameterizedTest(name = "{0} contains {1}: {2}")
    @CsvSource({
        // ancestor,           organisation,                  contained
        "dealer-a,             dealer-a,                      true",
        "dealer-a,             dealer-a/customer-a,           true",
        "dealer-a,             dealer-a/customer-a/site-1,    true",
        "dealer-a/customer-a,  dealer-a/customer-a,           true",
        "dealer-a/customer-a,  dealer-a,                      false",
        "dealer-a,             dealer-b/customer-b,           false",
        "dealer-a,             dealer-ab,                     false",
        "dealer-a,             dealer-ab/customer-a,          false",
        "dealer-a/customer-a,  dealer-a/customer-ab,          false",
        "dealer-a,             Dealer-A,                      false",
        "dealer-a,             dealer-a/,                     false",
        "dealer-a,             dealer-a//x,                   false",
        "dealer-a,             dealer-a/%,                    false",
        "dealer-a,             dealer-a/_,                    false",
        "dealer-%,             dealer-a,                      false",
        "'',                   dealer-a,                      false",
    })
    void an_organisation_contains_itself_and_what_lies_below_it(String ancestor, String organisation, boolean contained) {
        assertThat(Organisations.contains(ancestor, organisation)).isEqualTo(contained);
        assertThat(OrganisationScope.within(ancestor).contains(organisation)).isEqualTo(contained);
    }

    @ParameterizedTest
    @CsvSource({"dealer-a", "dealer-a/customer-a", "a/b/c/d/e"})
    void everything_contains_any_organisation_and_nothing_contains_none(String organisation) {
        assertThat(OrganisationScope.everything().contains(organisation)).isTrue();
        assertThat(OrganisationScope.nothing().contains(organisation)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"Dealer A", "dealer-a/", "/dealer-a", "dealer_a", "dealer-a/%"})
    void an_invalid_organisation_claim_sees_nothing(String claim) {
        OrganisationScope scope = OrganisationScope.within(claim);

        assertThat(scope.contains(claim)).isFalse();
        assertThat(scope.jpql("o")).isEqualTo("1 = 0");
        assertThat(scope.parameters()).isEmpty();
    }

    @Test
    void the_query_condition_matches_the_organisation_and_its_descendants() {
        OrganisationScope scope = OrganisationScope.within("dealer-a");

        assertThat(scope.jpql("t.customerOrganisation"))
                .isEqualTo("(t.customerOrganisation = :scopeOrganisation or t.customerOrganisation like :scopeBelow)");
        assertThat(scope.parameters()).isEqualTo(Map.of("scopeOrganisation", "dealer-a", "scopeBelow", "dealer-a/%"));
        assertThat(OrganisationScope.everything().jpql("t.customerOrganisation")).isEqualTo("1 = 1");
    }

    @ParameterizedTest(name = "{0} narrowed to {1} contains {2}: {3}")
    @CsvSource({
        // caller scope (* = vendor staff), requested,      probe,                 contained
        "*,                   dealer-a,             dealer-a/customer-a,   true",
        "*,                   dealer-a,             dealer-b/customer-b,   false",
        "dealer-a,            dealer-a/customer-a,  dealer-a/customer-a,   true",
        "dealer-a,            dealer-a/customer-a,  dealer-a/customer-a2,  false",
        "dealer-a/customer-a, dealer-a,             dealer-a/customer-a,   true",
        "dealer-a/customer-a, dealer-a,             dealer-a/customer-a2,  false",
        "dealer-a,            dealer-b,             dealer-b/customer-b,   false",
        "dealer-a,            dealer-b,             dealer-a/customer-a,   false",
    })
    void a_list_filter_narrows_the_callers_scope_to_what_both_contain(String caller, String requested, String probe,
            boolean contained) {
        OrganisationScope scope = "*".equals(caller) ? OrganisationScope.everything() : OrganisationScope.within(caller);

        assertThat(scope.narrowedTo(requested).contains(probe)).isEqualTo(contained);
    }
}
