package org.aftersales.notification.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
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
            staff("quality", Set.of("quality"), "quality@x.test", null, false),
            staff("parts", Set.of("parts-clerk"), "parts@x.test", null, false)));

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
            // complaints: the contact is the complainant (no email given here); conditional rules aside
            "complaint.received    | contact:+86100 IN_APP>dealer-a/customer-a; user:agent IN_APP>agent;"
                    + " user:agent EMAIL>agent@x.test",
            "complaint.contacted   | contact:+86100 IN_APP>dealer-a/customer-a",
            "complaint.determined  | contact:+86100 IN_APP>dealer-a/customer-a; user:manager IN_APP>manager;"
                    + " user:manager EMAIL>manager@x.test",
            "complaint.solved      | contact:+86100 IN_APP>dealer-a/customer-a; user:agent IN_APP>agent",
            "complaint.reopened    | contact:+86100 IN_APP>dealer-a/customer-a; user:quality IN_APP>quality;"
                    + " user:quality EMAIL>quality@x.test; user:manager IN_APP>manager;"
                    + " user:manager EMAIL>manager@x.test",
            "complaint.closed      | contact:+86100 IN_APP>dealer-a/customer-a",
            "complaint.deadline-warning | user:agent IN_APP>agent; user:agent EMAIL>agent@x.test",
            "complaint.deadline-breached | user:manager IN_APP>manager; user:manager EMAIL>manager@x.test;"
                    + " user:agent IN_APP>agent",
            "complaint.escalated   | user:agent IN_APP>agent",
            "complaint.approved    | ",
            // spares on site: the ticket's engineer and contact, the parts clerks, the manager on a breach
            "spare-request.dispatched | user:engineer IN_APP>engineer; user:engineer EMAIL>engineer@x.test;"
                    + " contact:+86100 IN_APP>dealer-a/customer-a",
            "spare-request.delivered | user:engineer IN_APP>engineer; contact:+86100 IN_APP>dealer-a/customer-a",
            "spare-request.sla-warning | user:parts IN_APP>parts; user:parts EMAIL>parts@x.test;"
                    + " user:engineer IN_APP>engineer",
            "spare-request.sla-breached | user:manager IN_APP>manager; user:manager EMAIL>manager@x.test;"
                    + " user:parts IN_APP>parts; user:parts EMAIL>parts@x.test; user:engineer IN_APP>engineer",
            "spare-request.created | ",
            "recall.customer-notice | organisation:dealer-a/customer-a IN_APP>dealer-a/customer-a;"
                    + " organisation:dealer-a IN_APP>dealer-a",
            "recall.started        | ",
            "return-visit.due-warning | user:agent IN_APP>agent; user:agent EMAIL>agent@x.test",
            "return-visit.breached | user:manager IN_APP>manager; user:manager EMAIL>manager@x.test;"
                    + " user:agent IN_APP>agent",
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

    @ParameterizedTest(name = "{0} with {1}={2}")
    @CsvSource(delimiter = '|', value = {
            // event type | field | value | recipients beyond the unconditional ones of the table above
            "complaint.received          | severity        | SERIOUS             | user:quality IN_APP>quality;"
                    + " user:quality EMAIL>quality@x.test; user:manager IN_APP>manager;"
                    + " user:manager EMAIL>manager@x.test",
            "complaint.received          | severity        | GENERAL             | ",
            "complaint.escalated         | toLevel         | QUALITY             | user:quality IN_APP>quality;"
                    + " user:quality EMAIL>quality@x.test",
            "complaint.escalated         | toLevel         | AFTER_SALES_MANAGER | user:manager IN_APP>manager;"
                    + " user:manager EMAIL>manager@x.test",
            "complaint.escalated         | toLevel         | GENERAL_MANAGER     | user:manager IN_APP>manager;"
                    + " user:manager EMAIL>manager@x.test",
            "complaint.escalated         | toLevel         | AGENT               | ",
            "complaint.deadline-warning  | escalationLevel | QUALITY             | user:quality IN_APP>quality;"
                    + " user:quality EMAIL>quality@x.test",
            "complaint.deadline-warning  | escalationLevel | AGENT               | ",
            "complaint.deadline-breached | severity        | SERIOUS             | user:quality IN_APP>quality;"
                    + " user:quality EMAIL>quality@x.test",
    })
    void a_conditional_rule_adds_its_recipients_only_when_the_event_meets_it(String event, String field,
            String value, String extra) {
        String type = "aftersales." + event + ".v1";
        Optional<EventFacts.Contact> contact = Optional.of(new EventFacts.Contact("赵工", "+86100"));
        List<String> unconditional = addressed(facts(type, "dealer-a/customer-a", contact, Optional.of("engineer"),
                Optional.empty()));
        EventFacts facts = new EventFacts(UUID.randomUUID(), type, UUID.randomUUID().toString(),
                "dealer-a/customer-a", Map.of(field, value), contact, Optional.of("engineer"), Optional.empty());

        List<String> expected = new ArrayList<>(unconditional);
        if (extra != null) {
            Arrays.stream(extra.split(";")).map(String::strip).forEach(expected::add);
        }
        assertThat(addressed(facts)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void a_walk_in_complainant_is_written_to_at_the_address_they_gave_and_no_organisation_is_told() {
        EventFacts received = new EventFacts(UUID.randomUUID(), "aftersales.complaint.received.v1",
                UUID.randomUUID().toString(), null, Map.of("severity", "GENERAL"),
                Optional.of(new EventFacts.Contact("李女士", null, "li@example.com")), Optional.empty(),
                Optional.empty());
        EventFacts closedTicket = facts("aftersales.ticket.closed.v1", null,
                Optional.of(new EventFacts.Contact("李女士", "+86139")), Optional.empty(), Optional.empty());

        assertThat(addressed(received)).containsExactlyInAnyOrder("contact:li@example.com EMAIL>li@example.com",
                "user:agent IN_APP>agent", "user:agent EMAIL>agent@x.test");
        assertThat(addressed(closedTicket)).isEmpty();
    }

    @Test
    void a_rule_condition_compares_the_field_as_text_and_a_missing_field_fails_it() {
        NotificationRule rule = new NotificationRule(RecipientKind.ROLE, "manager", Set.of(Channel.IN_APP),
                Map.of("reopenCount", "2"));

        assertThat(rule.appliesTo(Map.of("reopenCount", 2))).isTrue();
        assertThat(rule.appliesTo(Map.of("reopenCount", 1))).isFalse();
        assertThat(rule.appliesTo(Map.of())).isFalse();
        assertThat(new NotificationRule(RecipientKind.DUTY_AGENT, null, Set.of(Channel.IN_APP)).appliesTo(Map.of()))
                .isTrue();
    }

    @Test
    void sms_goes_to_mobile_numbers_only_for_the_rules_that_name_it() {
        StaffMember manager = new StaffMember("manager", "manager", Set.of("manager"), Optional.empty(),
                Optional.of("+86 138 0000 0003"), "zh-CN", Optional.empty(), false);
        StaffMember agent = new StaffMember("agent", "agent", Set.of("agent"), Optional.empty(),
                Optional.of("+86 10 1234 5678"), "zh-CN", Optional.empty(), true);
        RecipientResolver resolver = new RecipientResolver(NotificationRules.load(),
                new StaffDirectory(List.of(manager, agent)));
        Optional<EventFacts.Contact> mobile = Optional.of(new EventFacts.Contact("赵工", "139-0000-0001"));

        List<String> breach = resolver.resolve(facts("aftersales.ticket.sla-breached.v1", "dealer-a/customer-a",
                        mobile, Optional.empty(), Optional.empty())).stream()
                .map(to -> to.recipient().key() + " " + to.channel() + ">" + to.address()).toList();
        List<String> created = resolver.resolve(facts("aftersales.ticket.created.v1", "dealer-a/customer-a",
                        mobile, Optional.empty(), Optional.empty())).stream()
                .map(to -> to.recipient().key() + " " + to.channel() + ">" + to.address()).toList();

        assertThat(breach).containsExactlyInAnyOrder("user:manager IN_APP>manager", "user:manager SMS>+8613800000003",
                "user:agent IN_APP>agent");
        assertThat(created).containsExactlyInAnyOrder("contact:139-0000-0001 IN_APP>dealer-a/customer-a",
                "contact:139-0000-0001 SMS>+8613900000001", "user:agent IN_APP>agent");
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
