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
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.aftersales.events.CloudEvent;
import org.aftersales.events.contract.ContractActivated;
import org.aftersales.events.contract.ContractEvents;
import org.aftersales.events.contract.ContractTerminated;
import org.aftersales.events.device.DeviceEvents;
import org.aftersales.events.device.DeviceRegistered;
import org.aftersales.events.device.DeviceTransferred;
import org.aftersales.platform.installedbase.KnownContract;
import org.aftersales.platform.installedbase.KnownDevice;
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
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

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
    void the_contract_in_force_on_the_day_of_the_report_applies_and_the_ticket_names_it() {
        String serial = serial();
        register(serial, "dealer-a/customer-a");
        LocalDate today = LocalDate.now(SHANGHAI);
        activate(UUID.randomUUID(), "HT-EXPIRED", serial, today.minusYears(2), today.minusYears(1));
        UUID current = activate(UUID.randomUUID(), "HT-CURRENT", serial, today.minusMonths(6), today.plusMonths(6));
        activate(UUID.randomUUID(), "HT-NEXT", serial, today.plusMonths(6).plusDays(1), today.plusYears(2));

        ticket(TestCaller.AGENT, serial, "dealer-a/customer-a")
                .body("contractId", equalTo(current.toString()))
                .body("contractNumber", equalTo("HT-CURRENT"));
    }

    @Test
    void an_ended_or_terminated_contract_applies_only_to_faults_reported_up_to_its_last_day() {
        String serial = serial();
        register(serial, "dealer-a/customer-a");
        LocalDate today = LocalDate.now(SHANGHAI);
        Instant lastMinuteOfYesterday = today.atStartOfDay(SHANGHAI).toInstant().minusSeconds(60);
        UUID ended = activate(UUID.randomUUID(), "HT-ENDED", serial, today.minusYears(1), today.minusDays(1));

        ticket(TestCaller.AGENT, serial, "dealer-a/customer-a", lastMinuteOfYesterday)
                .body("contractId", equalTo(ended.toString()));
        ticket(TestCaller.AGENT, serial, "dealer-a/customer-a").body("contractId", nullValue());

        UUID terminated = activate(UUID.randomUUID(), "HT-TERMINATED", serial, today.minusMonths(1),
                today.plusYears(1));
        ticket(TestCaller.AGENT, serial, "dealer-a/customer-a").body("contractId", equalTo(terminated.toString()));
        Instant now = Instant.now();
        KAFKA.publish(ContractEvents.TERMINATED, CloudEvent.of(ContractEvents.TERMINATED, "/warranty-service",
                terminated.toString(), now, new ContractTerminated(terminated, "dealer-a/customer-a",
                        today.minusDays(1), "客户解约", "manager", now)));
        await().atMost(PATIENCE).until(() -> QuarkusTransaction.requiringNew().call(() -> KnownContract
                .<KnownContract>findById(terminated).lastDayInForce != null));

        ticket(TestCaller.AGENT, serial, "dealer-a/customer-a").body("contractId", nullValue())
                .body("contractNumber", nullValue());
        ticket(TestCaller.AGENT, serial, "dealer-a/customer-a", lastMinuteOfYesterday)
                .body("contractNumber", equalTo("HT-TERMINATED"));
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

    static UUID activate(UUID contract, String number, String serial, LocalDate startsOn, LocalDate endsOn) {
        Instant now = Instant.now();
        KAFKA.publish(ContractEvents.ACTIVATED, CloudEvent.of(ContractEvents.ACTIVATED, "/warranty-service",
                contract.toString(), now, new ContractActivated(contract, number, "dealer-a/customer-a",
                        List.of(serial), startsOn, endsOn, "seed-002-hospital-it", 1,
                        new ContractActivated.ServiceCalendar("ALWAYS", "Asia/Shanghai", null, null, "CN"), List.of(),
                        List.of(), List.of(), null, List.of(), now, List.of(), List.of(), null, null, null, null,
                        null)));
        await().atMost(PATIENCE).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> KnownContract.findByIdOptional(contract).isPresent()));
        return contract;
    }

    static io.restassured.response.ValidatableResponse ticket(TestCaller caller, String serial, String organisation) {
        return ticket(caller, serial, organisation, null);
    }

    static io.restassured.response.ValidatableResponse ticket(TestCaller caller, String serial, String organisation,
            Instant reportedAt) {
        return given().auth().oauth2(caller.token()).contentType(ContentType.JSON)
                .body("""
                        {"deviceSerial": "%s", "customerOrganisation": "%s", "description": "黑屏", %s
                         "faultLevel": "MAJOR", "contact": {"name": "王工", "phone": "+86 138 0000 0000"}}"""
                        .formatted(serial, organisation,
                                reportedAt == null ? "" : "\"reportedAt\": \"" + reportedAt + "\","))
                .when().post("/api/v1/tickets")
                .then().statusCode(201);
    }

    static String serial() {
        return "SN-COPY-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
