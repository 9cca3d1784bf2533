package org.aftersales.ticket.inspection;

import static io.restassured.RestAssured.given;
import static org.aftersales.ticket.inspection.InspectionFixtures.CUSTOMER_A;
import static org.aftersales.ticket.inspection.InspectionFixtures.every;
import static org.aftersales.ticket.inspection.InspectionFixtures.serial;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.aftersales.events.CloudEvent;
import org.aftersales.events.device.DeviceAccepted;
import org.aftersales.events.device.DeviceEvents;
import org.aftersales.events.device.DeviceRegistered;
import org.aftersales.testing.KafkaTestClient;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.aftersales.platform.installedbase.KnownDevice;
import org.junit.jupiter.api.Test;

/** The local copy keeps each device's acceptance (验收), from its registration or a later acceptance event. */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class WarrantyStartCopyTest {

    static final KafkaTestClient KAFKA = KafkaTestClient.forTestBroker();

    @Inject
    InspectionFixtures fixtures;

    @Test
    void the_plan_counts_from_the_acceptance_the_installed_base_reported() throws Exception {
        String registeredAccepted = serial("ACC-A");
        String acceptedLater = serial("ACC-B");
        UUID later = register(acceptedLater, null);
        register(registeredAccepted, LocalDate.parse("2026-03-02"));
        Instant now = Instant.now();
        KAFKA.publish(DeviceEvents.ACCEPTED, CloudEvent.of(DeviceEvents.ACCEPTED, "/warranty-service", later.toString(),
                now, new DeviceAccepted(later, acceptedLater, CUSTOMER_A, LocalDate.parse("2026-04-15"), "partner-a",
                        now)));
        awaitAcceptance(registeredAccepted, LocalDate.parse("2026-03-02"));
        awaitAcceptance(acceptedLater, LocalDate.parse("2026-04-15"));
        UUID contract = fixtures.contract(CUSTOMER_A, List.of(registeredAccepted, acceptedLater),
                LocalDate.parse("2026-01-01"), null, List.of(every("monthly", 1)), null);

        given().auth().oauth2(TestCaller.CUSTOMER_A.token()).queryParam("contractId", contract)
                .when().get("/api/v1/inspection-plans")
                .then().statusCode(200)
                .body("devices.warrantyStart", contains("2026-03-02", "2026-04-15"))
                .body("devices.warrantyStartFrom", contains("ACCEPTANCE", "ACCEPTANCE"));
    }

    private static UUID register(String serial, LocalDate acceptedOn) {
        UUID device = UUID.randomUUID();
        Instant now = Instant.now();
        KAFKA.publish(DeviceEvents.REGISTERED, CloudEvent.of(DeviceEvents.REGISTERED, "/warranty-service",
                device.toString(), now, new DeviceRegistered(device, serial, "PM-8000", "迈瑞", null, 1, CUSTOMER_A, null,
                        null, null, acceptedOn, now)));
        return device;
    }

    private static void awaitAcceptance(String serial, LocalDate expected) {
        await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew().call(() -> KnownDevice
                .<KnownDevice>findByIdOptional(serial).map(d -> Objects.equals(d.acceptanceDate, expected))
                .orElse(false)));
    }
}
