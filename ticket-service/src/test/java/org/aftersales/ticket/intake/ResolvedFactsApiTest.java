package org.aftersales.ticket.intake;

import static org.aftersales.ticket.TicketApi.act;
import static org.aftersales.ticket.TicketApi.clocks;
import static org.aftersales.ticket.TicketApi.register;
import static org.aftersales.ticket.TicketApi.ticket;
import static org.aftersales.ticket.TicketApi.uniqueSerial;
import static org.aftersales.ticket.sla.ContractedDevices.elapsed;
import static org.aftersales.ticket.sla.ContractedDevices.term;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.aftersales.events.EventCodec;
import org.aftersales.events.EventType;
import org.aftersales.events.ticket.FaultLevel;
import org.aftersales.events.ticket.TicketEvents;
import org.aftersales.events.ticket.TicketResolved;
import org.aftersales.events.ticket.TicketStatusChanged;
import org.aftersales.testing.KafkaTestClient;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.ticket.sla.ContractedDevices.TestContract;
import org.junit.jupiter.api.Test;

/** What a waiting ticket waits for, and the facts of a repair warranty-service counts outages and repairs from. */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class ResolvedFactsApiTest {

    static final KafkaTestClient KAFKA = KafkaTestClient.forTestBroker();
    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    ObjectMapper json;

    @Test
    void a_repair_late_for_parts_says_so_with_the_outage_and_the_time_it_waited_for_parts() {
        String serial = new TestContract(List.of(term(FaultLevel.MAJOR, "B", elapsed("PT1H"), null,
                elapsed("PT1S")))).device(json);
        String id = register(serial, "MAJOR");
        act(id, "{\"action\": \"ACKNOWLEDGE\"}");
        act(id, "{\"action\": \"DIAGNOSE\"}");
        act(id, "{\"action\": \"WAIT\", \"reason\": \"等待备件\", \"waitingFor\": \"PARTS\"}");

        assertThat(ticket(id).getString("waitingFor")).isEqualTo("PARTS");
        TicketStatusChanged waiting = payload(TicketEvents.WAITING, id);
        assertThat(waiting.waitingFor()).isEqualTo("PARTS");

        await().atMost(PATIENCE).until(() -> clocks(id).getList("breaches.target").contains("RESOLUTION"));
        act(id, "{\"action\": \"RESUME\"}");
        assertThat(ticket(id).getString("waitingFor")).isNull();
        act(id, """
                {"action": "RESOLVE", "resolution": {"faultCode": "PSU", "faultGone": true, "stoppedWork": true}}""");

        TicketResolved resolved = payload(TicketEvents.RESOLVED, id);
        assertThat(resolved.deviceId()).hasToString(ticket(id).getString("deviceId"));
        assertThat(resolved.stoppedWork()).isTrue();
        assertThat(Duration.parse(resolved.partsWaiting())).isPositive();
        assertThat(resolved.delayCause()).isEqualTo("PARTS");
        assertThat(ticket(id).getBoolean("stoppedWork")).isTrue();
    }

    @Test
    void a_repair_in_time_without_waits_has_no_delay_cause_and_no_parts_waiting() {
        String id = register(uniqueSerial("SN-FACTS"), "MAJOR");
        act(id, "{\"action\": \"ACKNOWLEDGE\"}");
        act(id, "{\"action\": \"DIAGNOSE\"}");
        act(id, """
                {"action": "RESOLVE", "resolution": {"faultCode": "CFG", "faultGone": true, "stoppedWork": false}}""");

        TicketResolved resolved = payload(TicketEvents.RESOLVED, id);
        assertThat(resolved.stoppedWork()).isFalse();
        assertThat(resolved.partsWaiting()).isNull();
        assertThat(resolved.delayCause()).isNull();
        assertThat(resolved.deviceId()).isNull();
    }

    private static <T> T payload(EventType<T> type, String ticket) {
        var record = KAFKA.awaitRecords(type.topic(), r -> ticket.equals(r.key()) && r.value().contains(type.type()),
                1, PATIENCE).get(0);
        return EventCodec.payload(EventCodec.decode(record.value()), type);
    }
}
