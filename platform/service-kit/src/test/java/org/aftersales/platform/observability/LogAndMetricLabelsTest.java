package org.aftersales.platform.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.security.Principal;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The labels the suite's logs and metrics carry: ids only, and the partner an organisation belongs to. */
class LogAndMetricLabelsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "null", value = {
        "dealer-a, dealer-a",
        "dealer-a/customer-a, dealer-a",
        "dealer-b/customer-b/site-1, dealer-b",
        "'', none",
        "null, none",
    })
    void the_partner_of_an_organisation_is_its_first_segment(String organisation, String partner) {
        assertThat(SuiteMetrics.partnerOf(organisation)).isEqualTo(partner);
    }

    @ParameterizedTest(name = "azp={0} sub={1} -> {2}")
    @CsvSource(nullValues = "null", value = {
        "portal, 8c1e0d52-0f0e-4c1b-9d55-3f7a0a9d2b11, portal/8c1e0d52-0f0e-4c1b-9d55-3f7a0a9d2b11",
        "integration-dealer-a, 41d2, integration-dealer-a/41d2",
        "null, 41d2, -/41d2",
    })
    void the_caller_is_the_tokens_client_and_subject_never_its_name(String client, String subject, String caller) {
        QuarkusSecurityIdentity identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(token(client, subject, "李工 13800138000"))
                .build();
        assertThat(RequestLogContext.callerOf(identity)).isEqualTo(caller).doesNotContain("李工", "138");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"anonymous", "not-a-token"})
    void a_caller_without_a_token_is_named_without_one(String kind) {
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder();
        if (kind.equals("anonymous")) {
            identity.setAnonymous(true);
        } else {
            identity.setPrincipal(new Principal() {
                @Override
                public String getName() {
                    return "someone";
                }
            });
        }
        assertThat(RequestLogContext.callerOf(identity.build()))
                .isEqualTo(kind.equals("anonymous") ? "anonymous" : "-");
    }

    private static JsonWebToken token(String client, String subject, String name) {
        Map<String, Object> claims = client == null ? Map.of("sub", subject, "name", name)
                : Map.of("azp", client, "sub", subject, "name", name);
        return new JsonWebToken() {
            @Override
            public String getName() {
                return name;
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claimName) {
                return (T) claims.get(claimName);
            }
        };
    }
}
