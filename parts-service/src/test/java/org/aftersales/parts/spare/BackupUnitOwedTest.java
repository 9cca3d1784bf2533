package org.aftersales.parts.spare;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.aftersales.events.CloudEvent;
import org.aftersales.events.device.DeviceEvents;
import org.aftersales.events.device.DeviceRegistered;
import org.aftersales.events.ticket.Contact;
import org.aftersales.events.ticket.FaultLevel;
import org.aftersales.events.ticket.LoanerDue;
import org.aftersales.events.ticket.TicketCreated;
import org.aftersales.events.ticket.TicketEvents;
import org.aftersales.platform.installedbase.KnownDevice;
import org.aftersales.testing.KafkaTestClient;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.Test;

/**
 * ticket-service's {@code loaner-due.v1} (a backup unit owed by the contract's loaner term, seeds 002/003) becomes a
 * request for a backup unit of the device's model on site, on the spare promise's clock (seed 000: within 4 h), once
 * per ticket; a device parts-service does not know yet is retried, then dead-lettered, never dropped.
 */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class BackupUnitOwedTest {

    static final KafkaTestClient KAFKA = KafkaTestClient.forTestBroker();
    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final String ORGANISATION = "dealer-a/customer-a";

    @Test
    void a_backup_unit_owed_is_requested_once_with_the_devices_model_and_its_four_hour_clock() {
        String serial = "SN-LOAN-" + UUID.randomUUID();
        String model = "PM-" + UUID.randomUUID().toString().substring(0, 6);
        UUID device = UUID.randomUUID();
        KAFKA.publish(DeviceEvents.REGISTERED, CloudEvent.of(DeviceEvents.REGISTERED, "/warranty-service",
                device.toString(), Instant.now(), new DeviceRegistered(device, serial, model, "迈瑞", null, 1,
                        ORGANISATION, "放射科 3 楼", null, null, null, Instant.now())));
        await().atMost(PATIENCE).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> KnownDevice.findById(serial) != null));
        UUID ticket = ticket(serial);

        Instant due = Instant.now();
        loanerDue(ticket, serial, due);
        // A second event for the same ticket (not a redelivery, which the inbox drops: a new id).
        CloudEvent<LoanerDue> again = loanerDue(ticket, serial, due);

        await().atMost(PATIENCE).until(() -> QuarkusTransaction.requiringNew().call(() -> !KnownDevice
                .getEntityManager().createNativeQuery("select 1 from processed_event where event_id = ?1")
                .setParameter(1, again.id()).getResultList().isEmpty()));
        List<Map<String, Object>> requests = requestsOf(ticket);
        assertThat(requests).hasSize(1);
        Map<String, Object> request = requests.getFirst();
        assertThat(request.get("model")).isEqualTo(model);
        assertThat(request.get("partNumber")).isNull();
        assertThat(request.get("quantity")).isEqualTo(1);
        assertThat(request.get("site")).isEqualTo("放射科 3 楼");
        assertThat(request.get("status")).isEqualTo("REQUESTED");
        assertThat((String) request.get("reason")).contains("not resolved within PT24H");
        assertThat(request.get("requestedBy")).isEqualTo("system");
        @SuppressWarnings("unchecked")
        Map<String, Object> deadline = (Map<String, Object>) request.get("deadline");
        assertThat(deadline.get("state")).isEqualTo("RUNNING");
        assertThat(Duration.between(Instant.parse((String) deadline.get("startedAt")),
                Instant.parse((String) deadline.get("dueAt"))))
                .as("no contract names a spare promise: the default 4 hours").isEqualTo(Duration.ofHours(4));
    }

    @Test
    void a_device_parts_service_does_not_know_is_dead_lettered_not_dropped() {
        String serial = "SN-LOAN-UNKNOWN-" + UUID.randomUUID();
        UUID ticket = ticket(serial);
        CloudEvent<LoanerDue> due = loanerDue(ticket, serial, Instant.now());

        await().atMost(PATIENCE).until(() -> QuarkusTransaction.requiringNew().call(() -> !KnownDevice
                .getEntityManager().createNativeQuery("select 1 from dead_letter where event_id = ?1")
                .setParameter(1, due.id()).getResultList().isEmpty()));
        assertThat(requestsOf(ticket)).isEmpty();
    }

    private static UUID ticket(String serial) {
        UUID ticket = UUID.randomUUID();
        Instant now = Instant.now();
        KAFKA.publish(TicketEvents.CREATED, CloudEvent.of(TicketEvents.CREATED, "/ticket-service", ticket.toString(),
                now, new TicketCreated(ticket, ORGANISATION, serial, FaultLevel.MAJOR, "无法开机",
                        new Contact("王工", "+86 138 0000 0000", null, null), "agent", now, "FAULT", null, null)));
        return ticket;
    }

    private static CloudEvent<LoanerDue> loanerDue(UUID ticket, String serial, Instant dueSince) {
        CloudEvent<LoanerDue> event = CloudEvent.of(TicketEvents.LOANER_DUE, "/ticket-service", ticket.toString(),
                Instant.now(), new LoanerDue(ticket, ORGANISATION, serial, null,
                        "not resolved within PT24H and returned to the factory", dueSince));
        KAFKA.publish(TicketEvents.LOANER_DUE, event);
        return event;
    }

    private static List<Map<String, Object>> requestsOf(UUID ticket) {
        return given().auth().oauth2(TestCaller.PARTS_CLERK.token())
                .when().get("/api/v1/spare-requests?ticket=" + ticket)
                .then().statusCode(200).extract().jsonPath().getList("items");
    }
}
