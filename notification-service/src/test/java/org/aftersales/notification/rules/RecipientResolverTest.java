package org.aftersales.notification.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.aftersales.notification.delivery.Channel;
import org.aftersales.notification.staff.StaffDirectory;
import org.aftersales.notification.staff.StaffMember;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of notification-rules.json, event type by event type, against a small staff directory. */
class RecipientResolverTest {

    static final StaffDirectory STAFF = new StaffDirectory(List.of(
            staff("agent", Set.of("agent"), "agent@x.test", null, true),
            staff("agent-2", Set.of("agent"), "agent2@x.test", null, false),
            staff("engineer", Set.of("engineer"), "engineer@x.test", "ENGINEER", false),
            staff("senior", Set.of("engineer"), null, "SENIOR_ENGINEER", false),
            staff("manager", Set.of("manager"), "manager@x.test", "MANAGER", false),
            staff("quality", Set.of("quality"), "quality@x.test", null, false)));

    static final RecipientResolver RESOLVER = new RecipientResolver(NotificationRules.load(), STAFF);

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            // event type (aftersales.*.v1) | recipients and channels, for a ticket of dealer-a/customer-a with a
            // contact, assigned to engineer, escalated to SENIOR_ENGINEER
            "ticket.created        | contact:+86100 IN_APP>dealer-a/customer-a; user:agent IN_APP>agent",
            "ticket.acknowledged   | contact:+86100 IN_APP>dealer-a/customer-a",
            "ticket.dispatched     | user:engineer IN_APP>engineer; user:engineer EMAIL>engineer@x.test;"
                    + " contact:+86100 IN_APP>dealer-a/customer-a",
            "ticket.on-site        | contact:+86100 IN_APP>dealer-a/customer-a",
            "ticket.waiting        | contact:+86100 IN_APP>dealer-a/customer-a; user:engineer IN_APP>engineer",
            "ticket.resolved       | contact:+86100 IN_APP>dealer-a/customer-a",
            "ticket.closed         | contact:+86100 IN_APP>dealer-a/customer-a; organisation:dealer-a IN_APP>dealer-a",
            "ticket.sla-warning    | user:agent IN_APP>agent; user:agent EMAIL>agent@x.test;"
                    + " user:engineer IN_APP>engineer",
            "ticket.sla-breached   | user:manager IN_APP>manager; user:manager EMAIL>manager@x.test;"
                    + " user:agent IN_APP>agent",
            "ticket.escalated      | user:senior IN_APP>senior",
            "ticket.inspection-due | contact:+86100 IN_APP>dealer-a/customer-a; organisation:dealer-a IN_APP>dealer-a",
            "device.remedy-due     | user:manager IN_APP>manager; user:manager EMAIL>manager@x.test;"
                    + " user:quality IN_APP>quality; user:quality EMAIL>quality@x.test;"
                    + " organisation:dealer-a IN_APP>dealer-a",
            "ticket.diagnosing     | ",
            "ticket.report-submitted | ",
    })
    void each_event_type_reaches_whom_its_rules_name(String event, String expected) {
        EventFacts facts = facts("aftersales." + event + ".v1", "dealer-a/customer-a",
                Optional.of(new EventFacts.Contact("赵工", "+86100")), Optional.of("engineer"),
                Optional.of("SENIOR_ENGINEER"));

        assertThat(addressed(facts)).containsExactlyInAnyOrderElementsOf(expected == null ? List.of()
                : Arrays.stream(expected.split(";")).map(String::strip).toList());
    }

    @ParameterizedTest(name = "{0} without what it would need")
    @CsvSource(delimiter = '|', value = {
            // event type | recipients when the ticket is unknown, unassigned and the customer is top-level
            "ticket.dispatched   | ",
            "ticket.sla-warning  | user:agent IN_APP>agent; user:agent EMAIL>agent@x.test",
            "ticket.closed       | ",
            "ticket.escalated    | ",
    })
    void nobody_is_made_up_when_the_facts_are_missing(String event, String expected) {
        EventFacts facts = facts("aftersales." + event + ".v1", "customer-z", Optional.empty(), Optional.empty(),
                Optional.empty());

        assertThat(addressed(facts)).containsExactlyInAnyOrderElementsOf(expected == null ? List.of()
                : Arrays.stream(expected.split(";")).map(String::strip).toList());
    }

    @Test
    void an_engineer_unknown_to_the_directory_is_told_nothing_and_levels_nobody_holds_reach_nobody() {
        EventFacts facts = facts("aftersales.ticket.escalated.v1", "dealer-a/customer-a", Optional.empty(),
                Optional.of("stranger"), Optional.of("LEADERSHIP"));

        assertThat(RESOLVER.resolve(facts)).isEmpty();
    }

    @Test
    void a_rule_for_an_event_type_outside_the_catalog_is_refused() {
        assertThatThrownBy(() -> new NotificationRules(Map.of(
                        "aftersales.ticket.teleported.v1",
                        List.of(new NotificationRule(RecipientKind.DUTY_AGENT, null, Set.of(Channel.IN_APP))))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("teleported");
    }

    @ParameterizedTest(name = "{0} with role {1}")
    @CsvSource({"ROLE,", "DUTY_AGENT,manager"})
    void a_rule_names_a_role_exactly_when_it_addresses_one(RecipientKind to, String role) {
        assertThatThrownBy(
                        () -> new NotificationRule(to, role, Set.of(Channel.IN_APP)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static List<String> addressed(EventFacts facts) {
        return RESOLVER.resolve(facts).stream()
                .map(to -> to.recipient().key() + " " + to.channel() + ">" + to.address()).toList();
    }

    static EventFacts facts(String type, String organisation, Optional<EventFacts.Contact> contact,
            Optional<String> engineer, Optional<String> level) {
        return new EventFacts(UUID.randomUUID(), type, UUID.randomUUID().toString(), organisation, Map.of(), contact,
                engineer, level);
    }

    static StaffMember staff(String username, Set<String> roles, String email, String level, boolean onDuty) {
        return new StaffMember(username, username, roles, Optional.ofNullable(email), Optional.empty(), "zh-CN",
                Optional.ofNullable(level), onDuty);
    }
}
