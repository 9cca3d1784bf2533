package org.aftersales.ticket.intake;

import static org.aftersales.ticket.TicketApi.act;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.aftersales.events.EventCodec;
import org.aftersales.events.ticket.Channel;
import org.aftersales.events.ticket.TicketCreated;
import org.aftersales.events.ticket.TicketEvents;
import org.aftersales.events.ticket.TicketStatusChanged;
import org.aftersales.testing.KafkaTestClient;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.aftersales.ticket.TicketApi;

/** A consultation (咨询): registered without fault level, answered without repair facts, never counted as a repair. */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class ConsultationApiTest {

    static final KafkaTestClient KAFKA = KafkaTestClient.forTestBroker();

    String serial;
    String ticket;

    @BeforeEach
    void aConsultationByPhone() {
        serial = TicketApi.uniqueSerial("SN-ASK");
        Map<String, Object> body = TicketApi.with(TicketApi.fault(serial), "faultLevel", null,
                "kind", "CONSULTATION", "channel", "HOTLINE", "description", "报警音量如何调小？",
                "contact", Map.of("name", "李护士", "phone", "010 6000 0000", "department", "ICU", "site", "三号楼"));
        ticket = TicketApi.register(TestCaller.AGENT, body);
    }

    @Test
    void it_is_answered_with_a_reason_and_publishes_answered_but_never_resolved() {
        act(TestCaller.AGENT, ticket, "{\"action\": \"ACKNOWLEDGE\"}").then().statusCode(200);
        act(TestCaller.AGENT, ticket, "{\"action\": \"RESOLVE\", \"reason\": \"设置菜单 → 报警 → 音量\"}").then()
                .statusCode(200)
                .body("status", equalTo("RESOLVED"))
                .body("reason", equalTo("设置菜单 → 报警 → 音量"))
                .body("faultLevel", nullValue());
        act(TestCaller.AGENT, ticket, "{\"action\": \"CONFIRM\"}").then().statusCode(200);

        List<ConsumerRecord<String, String>> records = KAFKA.awaitRecords(TicketEvents.CREATED.topic(),
                r -> ticket.equals(r.key()), 4, Duration.ofSeconds(60));
        assertThat(records).extracting(r -> EventCodec.decode(r.value()).type()).containsExactly(
                "aftersales.ticket.created.v1", "aftersales.ticket.acknowledged.v1", "aftersales.ticket.answered.v1",
                "aftersales.ticket.confirmed.v1");
        TicketCreated created = EventCodec.payload(EventCodec.decode(records.get(0).value()), TicketEvents.CREATED);
        assertThat(created.kind()).isEqualTo("CONSULTATION");
        assertThat(created.channel()).isEqualTo(Channel.HOTLINE);
        assertThat(created.faultLevel()).isNull();
        assertThat(created.contact().department()).isEqualTo("ICU");
        assertThat(created.contact().site()).isEqualTo("三号楼");
        TicketStatusChanged answered =
                EventCodec.payload(EventCodec.decode(records.get(2).value()), TicketEvents.ANSWERED);
        assertThat(answered.reason()).isEqualTo("设置菜单 → 报警 → 音量");
        assertThat(answered.fromStatus()).isEqualTo("ACKNOWLEDGED");
    }

    @Test
    void an_answer_needs_its_reason_and_takes_no_repair_facts() {
        act(TestCaller.AGENT, ticket, "{\"action\": \"RESOLVE\", \"reason\": \"答复\"}").then().statusCode(409);
        act(TestCaller.AGENT, ticket, "{\"action\": \"ACKNOWLEDGE\"}").then().statusCode(200);
        act(TestCaller.AGENT, ticket, "{\"action\": \"RESOLVE\"}").then().statusCode(400)
                .body("errors.field", hasItems("reason"));
        act(TestCaller.AGENT, ticket, "{\"action\": \"RESOLVE\", \"reason\": \"答复\", \"resolution\": "
                + "{\"faultCode\": \"NONE\", \"faultGone\": true}}").then().statusCode(400)
                .body("errors.field", hasItems("resolution"));
        act(TestCaller.AGENT, ticket, "{\"action\": \"DIAGNOSE\"}").then().statusCode(200);
        act(TestCaller.AGENT, ticket, "{\"action\": \"RESOLVE\", \"reason\": \"答复\"}").then().statusCode(200)
                .body("status", equalTo("RESOLVED"));
    }

    @Test
    void a_fault_still_needs_its_repair_facts_and_cannot_be_resolved_from_acknowledged() {
        String fault = TicketApi.register(TestCaller.AGENT, TicketApi.fault(serial));
        act(TestCaller.AGENT, fault, "{\"action\": \"ACKNOWLEDGE\"}").then().statusCode(200);
        act(TestCaller.AGENT, fault, TicketApi.RESOLVE).then().statusCode(409);
        act(TestCaller.AGENT, fault, "{\"action\": \"DIAGNOSE\"}").then().statusCode(200);
        act(TestCaller.AGENT, fault, "{\"action\": \"RESOLVE\", \"reason\": \"答复\"}").then().statusCode(400)
                .body("errors.field", hasItems("resolution"));
        act(TestCaller.AGENT, fault, TicketApi.RESOLVE).then().statusCode(200);
    }
}
