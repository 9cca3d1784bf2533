package org.aftersales.ticket.loaner;

import static org.aftersales.ticket.TicketApi.RESOLVE;
import static org.aftersales.ticket.TicketApi.act;
import static org.aftersales.ticket.TicketApi.register;
import static org.aftersales.ticket.TicketApi.ticket;
import static org.aftersales.ticket.sla.ContractedDevices.elapsed;
import static org.aftersales.ticket.sla.ContractedDevices.term;
import static org.hamcrest.Matchers.contains;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.aftersales.events.EventCodec;
import org.aftersales.events.contract.ContractActivated.LoanerTerm;
import org.aftersales.events.ticket.FaultLevel;
import org.aftersales.events.ticket.LoanerDue;
import org.aftersales.events.ticket.TicketEvents;
import org.aftersales.testing.KafkaTestClient;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.aftersales.ticket.sla.ContractedDevices.TestContract;
import org.junit.jupiter.api.Test;

/** 备机: a backup unit is owed once when a repair outlasts the contract's loaner term (seed 003, seed 002). */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class LoanerDueTest {

    static final KafkaTestClient KAFKA = KafkaTestClient.forTestBroker();
    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    ObjectMapper json;

    @Test
    void seed_003_a_repair_back_at_the_factory_past_the_term_owes_a_backup_unit_once_one_on_site_none() {
        String serial = underLoanerTerm(new LoanerTerm("PT3S", true));
        String onSite = register(serial, "MAJOR");
        String atFactory = register(serial, "MAJOR");
        for (String id : List.of(onSite, atFactory)) {
            act(id, "{\"action\": \"ACKNOWLEDGE\"}");
            act(id, "{\"action\": \"DIAGNOSE\"}");
        }
        act(atFactory, """
                {"action": "WAIT", "reason": "返厂维修", "waitingFor": "MANUFACTURER", "returnToFactory": true}""");

        LoanerDue due = awaitLoanerDue(atFactory);
        assertThat(due.reason()).isEqualTo("not resolved within PT3S and returned to the factory");
        assertThat(due.deviceSerial()).isEqualTo(serial);
        assertThat(due.deviceId()).isNotNull();

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> owed(onSite) == 0 && owed(atFactory) == 1);
    }

    @Test
    void seed_003_returned_to_the_factory_after_the_term_passed_the_unit_is_owed_at_once() {
        String serial = underLoanerTerm(new LoanerTerm("PT1S", true));
        String id = register(serial, "MAJOR");
        act(id, "{\"action\": \"ACKNOWLEDGE\"}");
        act(id, "{\"action\": \"DIAGNOSE\"}");
        await().atMost(PATIENCE)
                .until(() -> QuarkusTransaction.requiringNew().call(() -> pendingLoanerTimers(id)) == 0);

        act(id, """
                {"action": "WAIT", "reason": "返厂维修", "waitingFor": "MANUFACTURER", "returnToFactory": true}""");

        assertThat(owed(id)).isEqualTo(1);
        assertThat(awaitLoanerDue(id).reason()).contains("returned to the factory");
    }

    @Test
    void seed_002_a_repair_longer_than_the_term_owes_a_unit_and_a_repair_within_it_none() {
        String serial = underLoanerTerm(new LoanerTerm("PT3S", false));
        String slow = register(serial, "MAJOR");
        String quick = register(serial, "MAJOR");
        act(quick, "{\"action\": \"ACKNOWLEDGE\"}");
        act(quick, "{\"action\": \"DIAGNOSE\"}");
        act(quick, RESOLVE);

        assertThat(awaitLoanerDue(slow).reason()).isEqualTo("not resolved within PT3S");
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> owed(quick) == 0);
    }

    @Test
    void a_wait_that_is_not_for_the_manufacturer_sends_nothing_to_the_factory() {
        String id = register("SN-LOANER-" + UUID.randomUUID().toString().substring(0, 8), "MAJOR");
        act(id, "{\"action\": \"ACKNOWLEDGE\"}");
        act(id, "{\"action\": \"DIAGNOSE\"}");

        act(TestCaller.AGENT, id, """
                {"action": "WAIT", "reason": "等待备件", "waitingFor": "PARTS", "returnToFactory": true}""")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("returnToFactory"));
        assertThat(ticket(id).getString("status")).isEqualTo("DIAGNOSING");
    }

    private String underLoanerTerm(LoanerTerm loaner) {
        return new TestContract(List.of(term(FaultLevel.MAJOR, "B", elapsed("PT1H"), null, null))).loaner(loaner)
                .device(json);
    }

    private static LoanerDue awaitLoanerDue(String ticket) {
        var record = KAFKA.awaitRecords(TicketEvents.LOANER_DUE.topic(), r -> ticket.equals(r.key())
                && r.value().contains(TicketEvents.LOANER_DUE.type()), 1, PATIENCE).get(0);
        return EventCodec.payload(EventCodec.decode(record.value()), TicketEvents.LOANER_DUE);
    }

    private static long owed(String ticket) {
        return QuarkusTransaction.requiringNew().call(() -> LoanerOwed.count("ticketId", UUID.fromString(ticket)));
    }

    private static long pendingLoanerTimers(String ticket) {
        return ((Number) LoanerOwed.getEntityManager()
                .createNativeQuery("select count(*) from timer where kind = ?1 and subject = ?2")
                .setParameter(1, LoanerWatch.TIMER).setParameter(2, ticket).getSingleResult()).longValue();
    }
}
