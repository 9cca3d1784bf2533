package org.aftersales.parts.stock;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.aftersales.events.CloudEvent;
import org.aftersales.events.contract.ContractActivated;
import org.aftersales.events.device.DeviceEvents;
import org.aftersales.events.device.DeviceRegistered;
import org.aftersales.events.device.DeviceReplaced;
import org.aftersales.events.device.DeviceTransferred;
import org.aftersales.events.parts.StockEvents;
import org.aftersales.parts.Fixtures;
import org.aftersales.testing.KafkaTestClient;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.Test;

/**
 * 最低库存 as a share of the installed base (seed 002: ≥ 3 %), kept from warranty-service's device events: the
 * required quantity follows the devices registered, transferred and replaced, raising and clearing the reorder alert.
 */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class InstalledBaseMinimumTest {

    static final KafkaTestClient KAFKA = KafkaTestClient.forTestBroker();
    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void three_percent_of_34_devices_is_2_and_the_alert_follows_registrations_and_replacements() {
        String model = model();
        String part = Fixtures.part(false, model);
        UUID warehouse = Fixtures.warehouse();
        Fixtures.receive(part, warehouse, 1);
        minimum(TestCaller.MANAGER, warehouse, part, "{\"installedBaseShare\": 3}").then().statusCode(200)
                .body("installedBaseShare", equalTo(3)).body("minimum", nullValue())
                .body("installedDevices", equalTo(0)).body("required", equalTo(0)).body("available", equalTo(1));

        List<String> serials = new ArrayList<>();
        for (int i = 0; i < 33; i++) {
            serials.add(register(model, "dealer-a/customer-a"));
        }
        register(otherModel(), "dealer-a/customer-a");
        awaitRule(warehouse, part, 33, 1);
        assertThat(alertsOf(part)).isEmpty();

        serials.add(register(model, "dealer-b/customer-b"));
        awaitRule(warehouse, part, 34, 2);
        assertThat(alertsOf(part)).singleElement().satisfies(alert -> {
            assertThat(alert.get("minimum")).isEqualTo(2);
            assertThat(alert.get("suggestedQuantity")).isEqualTo(1);
        });
        String subject = warehouse + "/" + part;
        KAFKA.awaitRecords(StockEvents.BELOW_MINIMUM.topic(), r -> subject.equals(r.key()), 1, PATIENCE);

        replace(serials.getFirst(), "dealer-a/customer-a");
        awaitRule(warehouse, part, 33, 1);
        assertThat(alertsOf(part)).isEmpty();
    }

    @Test
    void a_partners_location_counts_the_devices_of_its_own_customers_and_a_transfer_moves_them() {
        String model = model();
        String part = Fixtures.part(false, model);
        UUID partners = Fixtures.warehouse(TestCaller.PARTNER_A, "dealer-a", "CUSTOMER_SITE", null);
        UUID vendors = Fixtures.warehouse();
        minimum(TestCaller.MANAGER, partners, part, "{\"installedBaseShare\": 100}").then().statusCode(200);
        minimum(TestCaller.MANAGER, vendors, part, "{\"installedBaseShare\": 50}").then().statusCode(200);
        String serial = register(model, "dealer-a/customer-a");
        register(model, "dealer-b/customer-b");
        awaitRule(partners, part, 1, 1);
        awaitRule(vendors, part, 2, 1);

        transfer(serial, "dealer-a/customer-a", "dealer-b/customer-b");
        awaitRule(partners, part, 0, 0);
        awaitRule(vendors, part, 2, 1);
        given().auth().oauth2(TestCaller.PARTNER_B.token())
                .when().get("/api/v1/stock/minimums/{warehouse}/{part}", partners, part).then().statusCode(404);
    }

    @Test
    void a_registration_counts_as_its_quantity_and_a_transfer_moves_all_of_it() {
        String model = model();
        String part = Fixtures.part(false, model);
        UUID partners = Fixtures.warehouse(TestCaller.PARTNER_A, "dealer-a", "CUSTOMER_SITE", null);
        UUID vendors = Fixtures.warehouse();
        minimum(TestCaller.MANAGER, partners, part, "{\"installedBaseShare\": 10}").then().statusCode(200);
        minimum(TestCaller.MANAGER, vendors, part, "{\"installedBaseShare\": 10}").then().statusCode(200);
        String serial = register(model, "dealer-a/customer-a", 25);
        register(model, "dealer-b/customer-b", 5);
        awaitRule(partners, part, 25, 3);
        awaitRule(vendors, part, 30, 3);

        transfer(serial, "dealer-a/customer-a", "dealer-b/customer-b");
        awaitRule(partners, part, 0, 0);
        awaitRule(vendors, part, 30, 3);
    }

    @Test
    void the_contracts_shares_set_the_minimum_and_a_new_version_of_a_contract_raises_it() {
        String model = model();
        String part = Fixtures.part(false, model);
        UUID warehouse = Fixtures.warehouse();
        Fixtures.receive(part, warehouse, 3);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String withContract = "dealer-a/hospital-" + suffix;
        String withoutContract = "dealer-b/clinic-" + suffix;
        minimum(TestCaller.MANAGER, warehouse, part, "{\"contractShare\": true}").then().statusCode(200)
                .body("contractShare", equalTo(true)).body("installedBaseShare", nullValue())
                .body("minimum", nullValue()).body("installedDevices", equalTo(0)).body("required", equalTo(0));

        // No contract: the default 3 % of 40 units is 1.2; the contract's 10 % of 10 units is 1.0; 2.2 -> 3.
        register(model, withoutContract, 40);
        String serial = register(model, withContract, 10);
        UUID contract = UUID.randomUUID();
        Fixtures.activate(contract, withContract, List.of(serial), spares("10"), null);
        awaitRule(warehouse, part, 50, 3);
        assertThat(alertsOf(part)).isEmpty();

        // A new version of the contract: 30 % of 10 units is 3.0; 1.2 + 3.0 -> 5, so 2 short of the 3 available.
        Fixtures.activate(contract, withContract, List.of(serial), spares("30"), null);
        given().auth().oauth2(TestCaller.PARTS_CLERK.token())
                .when().get("/api/v1/stock/minimums/{warehouse}/{part}", warehouse, part)
                .then().statusCode(200).body("installedDevices", equalTo(50)).body("required", equalTo(5));
        assertThat(alertsOf(part)).singleElement().satisfies(alert -> {
            assertThat(alert.get("minimum")).isEqualTo(5);
            assertThat(alert.get("suggestedQuantity")).isEqualTo(2);
        });

        // A contract whose spares term sets no share leaves its devices at the default 3 %: 1.2 + 0.3 -> 2.
        Fixtures.activate(contract, withContract, List.of(serial), spares(null), null);
        assertThat(alertsOf(part)).isEmpty();
    }

    @Test
    void a_rule_is_a_minimum_or_a_share_exactly_one() {
        String part = Fixtures.part(false);
        UUID warehouse = Fixtures.warehouse();
        minimum(TestCaller.MANAGER, warehouse, part, "{\"minimum\": 2, \"installedBaseShare\": 3}").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("installedBaseShare"));
        minimum(TestCaller.MANAGER, warehouse, part, "{}").then().statusCode(400)
                .body("errors[0].field", equalTo("installedBaseShare"));
        minimum(TestCaller.MANAGER, warehouse, part, "{\"installedBaseShare\": 100.5}").then().statusCode(400)
                .body("errors[0].field", equalTo("installedBaseShare"));
        minimum(TestCaller.MANAGER, warehouse, part, "{\"installedBaseShare\": -1}").then().statusCode(400)
                .body("errors[0].field", equalTo("installedBaseShare"));
        minimum(TestCaller.MANAGER, warehouse, part, "{\"installedBaseShare\": \"three\"}").then().statusCode(400);
        minimum(TestCaller.MANAGER, warehouse, part, "{\"contractShare\": true, \"minimum\": 2}").then()
                .statusCode(400).body("errors[0].field", equalTo("installedBaseShare"));
        minimum(TestCaller.MANAGER, warehouse, part, "{\"contractShare\": true, \"installedBaseShare\": 3}").then()
                .statusCode(400).body("errors[0].field", equalTo("installedBaseShare"));
        minimum(TestCaller.MANAGER, warehouse, part, "{\"contractShare\": false}").then().statusCode(400)
                .body("errors[0].field", equalTo("installedBaseShare"));
        minimum(TestCaller.MANAGER, warehouse, part, "{\"contractShare\": \"yes\"}").then().statusCode(400)
                .body("errors[0].field", equalTo("contractShare"));
        minimum(TestCaller.ENGINEER, warehouse, part, "{\"contractShare\": true}").then().statusCode(403);
        given().auth().oauth2(TestCaller.MANAGER.token())
                .when().get("/api/v1/stock/minimums/{warehouse}/{part}", warehouse, part).then().statusCode(404);

        minimum(TestCaller.MANAGER, warehouse, part, "{\"installedBaseShare\": 3}").then().statusCode(200);
        minimum(TestCaller.MANAGER, warehouse, part, "{\"minimum\": 4}").then().statusCode(200)
                .body("minimum", equalTo(4)).body("installedBaseShare", nullValue()).body("required", equalTo(4));
    }

    private static void awaitRule(UUID warehouse, String part, int devices, int required) {
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(TestCaller.PARTS_CLERK.token())
                .when().get("/api/v1/stock/minimums/{warehouse}/{part}", warehouse, part)
                .then().statusCode(200).body("installedDevices", equalTo(devices)).body("required", equalTo(required)));
    }

    private static String register(String model, String organisation) {
        return register(model, organisation, 1);
    }

    /** A registration of {@code quantity} units under one serial (a batch of devices, 批量登记). */
    private static String register(String model, String organisation, int quantity) {
        UUID device = UUID.randomUUID();
        String serial = "SN-" + device;
        KAFKA.publish(DeviceEvents.REGISTERED, CloudEvent.of(DeviceEvents.REGISTERED, "/warranty-service",
                device.toString(), Instant.now(), new DeviceRegistered(device, serial, model, "迈瑞", null, quantity,
                        organisation, null, null, null, null, Instant.now())));
        return serial;
    }

    private static ContractActivated.SpareTerms spares(String minimumLocalStockPercent) {
        return new ContractActivated.SpareTerms(new ContractActivated.TimeTarget("PT4H", null), true,
                minimumLocalStockPercent == null ? null : new BigDecimal(minimumLocalStockPercent));
    }

    private static void replace(String serial, String organisation) {
        UUID device = deviceOf(serial);
        KAFKA.publish(DeviceEvents.REPLACED, CloudEvent.of(DeviceEvents.REPLACED, "/warranty-service",
                device.toString(), Instant.now(), new DeviceReplaced(device, serial, UUID.randomUUID(),
                        "SN-NEW-" + device, organisation, LocalDate.now(), "两次维修仍无法使用", "manager",
                        Instant.now())));
    }

    private static void transfer(String serial, String from, String to) {
        UUID device = deviceOf(serial);
        KAFKA.publish(DeviceEvents.TRANSFERRED, CloudEvent.of(DeviceEvents.TRANSFERRED, "/warranty-service",
                device.toString(), Instant.now(), new DeviceTransferred(device, serial, from, to, null, "manager",
                        Instant.now())));
    }

    private static UUID deviceOf(String serial) {
        return UUID.fromString(serial.substring("SN-".length()));
    }

    private static String model() {
        return "M-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String otherModel() {
        return "OTHER-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static List<Map<String, Object>> alertsOf(String part) {
        List<Map<String, Object>> alerts = given().auth().oauth2(TestCaller.PARTS_CLERK.token())
                .when().get("/api/v1/stock/reorder-alerts").then().statusCode(200).extract().jsonPath().getList("$");
        return alerts.stream().filter(a -> part.equals(a.get("partNumber"))).toList();
    }

    private static Response minimum(TestCaller caller, UUID warehouse, String part, String body) {
        return given().auth().oauth2(caller.token()).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/stock/minimums/{warehouse}/{part}", warehouse, part);
    }
}
