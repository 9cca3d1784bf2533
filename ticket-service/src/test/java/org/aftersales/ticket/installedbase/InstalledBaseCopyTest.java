package org.aftersales.ticket.installedbase;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.aftersales.events.CloudEvent;
import org.aftersales.events.contract.ContractActivated;
import org.aftersales.events.contract.ContractEvents;
import org.aftersales.events.device.DeviceEvents;
import org.aftersales.events.device.DeviceRegistered;
import org.aftersales.events.device.DeviceTransferred;
import org.aftersales.testing.KafkaTestClient;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.Test;

/** Intake resolves serial numbers through ticket-service's own copy of the installed base and contracts. */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class InstalledBaseCopyTest {

    static final KafkaTestClient KAFKA = KafkaTestClient.forTestBroker();
    static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void a_registered_device_is_known_to_its_organisation_only_and_an_unknown_serial_is_flagged() {
        String serial = serial();
        UUID device = register(serial, "dealer-a/customer-a");

        ticket(TestCaller.CUSTOMER_A, serial, "dealer-a/customer-a")
                .body("deviceKnown", equalTo(true))
                .body("deviceId", equalTo(device.toString()));
        ticket(TestCaller.CUSTOMER_B, serial, "dealer-b/customer-b")
                .body("deviceKnown", equalTo(false))
                .body("deviceId", nullValue());
        ticket(TestCaller.CUSTOMER_A, serial(), "dealer-a/customer-a")
                .body("deviceKnown", equalTo(false));
    }

    @Test
    void a_contract_activated_before_its_device_arrives_still_applies_to_it() {
        String serial = serial();
        UUID contract = UUID.randomUUID();
        Instant now = Instant.now();
        KAFKA.publish(ContractEvents.ACTIVATED, CloudEvent.of(ContractEvents.ACTIVATED, "/warranty-service",
                contract.toString(), now, new ContractActivated(contract, "HT-COPY-1", "dealer-a/customer-a",
                        List.of(serial), LocalDate.parse("2026-01-01"), null, "seed-002-hospital-it", 1,
                        new ContractActivated.ServiceCalendar("ALWAYS", "Asia/Shanghai", null, null, "CN"), List.of(),
                        List.of(), List.of(), null, List.of(), now, List.of(), List.of(), null, null, null, null,
                        null)));
        await().atMost(PATIENCE).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> KnownContract.findByIdOptional(contract).isPresent()));

        register(serial, "dealer-a/customer-a");

        ticket(TestCaller.AGENT, serial, "dealer-a/customer-a").body("contractId", equalTo(contract.toString()));
    }

    @Test
    void a_transferred_device_belongs_to_its_new_organisation() {
        String serial = serial();
        UUID device = register(serial, "dealer-a/customer-a");
        Instant now = Instant.now();
        KAFKA.publish(DeviceEvents.TRANSFERRED, CloudEvent.of(DeviceEvents.TRANSFERRED, "/warranty-service",
                device.toString(), now, new DeviceTransferred(device, serial, "dealer-a/customer-a", "dealer-a/customer-a2",
                        null, "partner-a", now)));
        await().atMost(PATIENCE).until(() -> QuarkusTransaction.requiringNew().call(() -> KnownDevice
                .<KnownDevice>findByIdOptional(serial).map(d -> d.customerOrganisation).orElse(""))
                .equals("dealer-a/customer-a2"));

        ticket(TestCaller.AGENT, serial, "dealer-a/customer-a").body("deviceKnown", equalTo(false));
        ticket(TestCaller.AGENT, serial, "dealer-a/customer-a2").body("deviceKnown", equalTo(true));
    }

    static UUID register(String serial, String organisation) {
        UUID device = UUID.randomUUID();
        Instant now = Instant.now();
        KAFKA.publish(DeviceEvents.REGISTERED, CloudEvent.of(DeviceEvents.REGISTERED, "/warranty-service", device.toString(),
                now, new DeviceRegistered(device, serial, "PM-8000", "迈瑞", null, 1, organisation, null, null, null, null,
                        now)));
        await().atMost(PATIENCE).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> KnownDevice.<KnownDevice>findByIdOptional(serial).isPresent()));
        return device;
    }

    static io.restassured.response.ValidatableResponse ticket(TestCaller caller, String serial, String organisation) {
        return given().auth().oauth2(caller.token()).contentType(ContentType.JSON)
                .body("""
                        {"deviceSerial": "%s", "customerOrganisation": "%s", "description": "黑屏",
                         "faultLevel": "MAJOR", "contact": {"name": "王工", "phone": "+86 138 0000 0000"}}"""
                        .formatted(serial, organisation))
                .when().post("/api/v1/tickets")
                .then().statusCode(201);
    }

    static String serial() {
        return "SN-COPY-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
