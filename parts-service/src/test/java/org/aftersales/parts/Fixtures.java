package org.aftersales.parts;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.aftersales.events.CloudEvent;
import org.aftersales.events.contract.ContractActivated;
import org.aftersales.events.contract.ContractEvents;
import org.aftersales.platform.installedbase.KnownDevice;
import org.aftersales.testing.KafkaTestClient;
import org.aftersales.testing.TestCaller;

/** Parts, warehouses and stock for the tests, made through the API as a parts clerk would. */
public final class Fixtures {

    static final KafkaTestClient KAFKA = KafkaTestClient.forTestBroker();
    static final Duration PATIENCE = Duration.ofSeconds(60);

    private Fixtures() {
    }

    /** A new part number, unique to the test run. */
    public static String newPartNumber() {
        return "P-" + UUID.randomUUID().toString().substring(0, 13).toUpperCase();
    }

    /** A part in the catalogue. */
    public static String part(boolean serialTracked) {
        return part(serialTracked, "PM-8000");
    }

    /** A part in the catalogue that fits {@code model}. */
    public static String part(boolean serialTracked, String model) {
        String partNumber = newPartNumber();
        given().auth().oauth2(TestCaller.PARTS_CLERK.token()).contentType(ContentType.JSON)
                .body("""
                        {"partNumber": "%s", "nameZh": "电源模块", "nameEn": "Power supply", "category": "PART",
                         "unit": "PCS", "fitsModels": ["%s"], "unitCost": 320.00, "contractPrice": 450.00,
                         "serialTracked": %s}""".formatted(partNumber, model, serialTracked))
                .when().post("/api/v1/parts").then().statusCode(201);
        return partNumber;
    }

    /** A vendor's regional warehouse. */
    public static UUID warehouse() {
        return warehouse(TestCaller.PARTS_CLERK, null, "REGIONAL", null);
    }

    /** A warehouse opened by {@code by}, of {@code organisation} (null: the vendor's). */
    public static UUID warehouse(TestCaller by, String organisation, String kind, String engineer) {
        String code = "WH-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String id = given().auth().oauth2(by.token()).contentType(ContentType.JSON)
                .body("""
                        {"code": "%s", "name": "华东区域库", "kind": "%s", "organisation": %s, "region": "east",
                         "address": "上海市浦东新区张江路 100 号", "engineer": %s}"""
                        .formatted(code, kind, json(organisation), json(engineer)))
                .when().post("/api/v1/warehouses").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    /** Receives {@code quantity} units of the part at the warehouse. */
    public static void receive(String partNumber, UUID warehouse, int quantity) {
        given().auth().oauth2(TestCaller.PARTS_CLERK.token()).contentType(ContentType.JSON)
                .body("""
                        {"partNumber": "%s", "warehouseId": "%s", "quantity": %d, "reason": "采购入库"}"""
                        .formatted(partNumber, warehouse, quantity))
                .when().post("/api/v1/stock/receipts").then().statusCode(201);
    }

    /** Receives units of a serial-tracked part at the warehouse, one of each serial number. */
    public static void receiveUnits(String partNumber, UUID warehouse, String... serials) {
        given().auth().oauth2(TestCaller.PARTS_CLERK.token()).contentType(ContentType.JSON)
                .body("""
                        {"partNumber": "%s", "warehouseId": "%s", "quantity": %d, "reason": "采购入库",
                         "serialNumbers": [%s]}""".formatted(partNumber, warehouse, serials.length,
                        String.join(", ", Arrays.stream(serials).map(Fixtures::json).toList())))
                .when().post("/api/v1/stock/receipts").then().statusCode(201);
    }

    /** The unit of a serial-tracked part: its state and where it is, as {@code GET /api/v1/stock/units} shows it. */
    public static Response unit(String partNumber, String serial) {
        return given().auth().oauth2(TestCaller.PARTS_CLERK.token())
                .queryParam("part", partNumber).queryParam("serial", serial)
                .when().get("/api/v1/stock/units").then().statusCode(200).extract().response();
    }

    /** The body of a reservation of {@code quantity} units for the ticket. */
    public static String reservation(UUID ticket, String partNumber, UUID warehouse, int quantity) {
        return """
                {"ticketId": "%s", "partNumber": "%s", "warehouseId": "%s", "quantity": %d,
                 "neededBy": "2026-12-01T06:00:00Z"}""".formatted(ticket, partNumber, warehouse, quantity);
    }

    /** Asserts that the stock levels are the sum of the ledger. */
    public static void assertLedgerBalances() {
        boolean balanced = given().auth().oauth2(TestCaller.MANAGER.token())
                .when().get("/api/v1/stock/reconciliation")
                .then().statusCode(200).extract().path("balanced");
        assertThat(balanced).as("stock levels are the sum of the ledger").isTrue();
    }

    /** Sends every request at once from a pool of threads, all released together, and collects the answers. */
    public static List<Response> race(int threads, int requests, Function<Integer, Callable<Response>> request)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                Callable<Response> call = request.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Response> answers = new ArrayList<>();
            for (Future<Response> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Publishes warranty-service's activation of a contract of the organisation for the serials (none: the whole
     * organisation's), with these spares and loaner terms, and waits until parts-service applied it.
     */
    public static CloudEvent<ContractActivated> activate(UUID contract, String organisation, List<String> serials,
            ContractActivated.SpareTerms spares, ContractActivated.LoanerTerm loaner) {
        Instant at = Instant.now();
        CloudEvent<ContractActivated> event = CloudEvent.of(ContractEvents.ACTIVATED, "/warranty-service",
                contract.toString(), at, new ContractActivated(contract, "HT-" + contract.toString().substring(0, 6),
                        organisation, serials, LocalDate.now().minusDays(30), null, "COMMIT-1", 1,
                        new ContractActivated.ServiceCalendar("ALWAYS", "Asia/Shanghai", null, null, null), List.of(),
                        List.of(), List.of(), null, List.of(), at, List.of(), List.of(), null, null, spares, loaner,
                        null));
        KAFKA.publish(ContractEvents.ACTIVATED, event);
        awaitApplied(event.id());
        return event;
    }

    /** Waits until parts-service's inbox applied the event (a row in {@code processed_event}). */
    public static void awaitApplied(UUID eventId) {
        await().atMost(PATIENCE).until(() -> QuarkusTransaction.requiringNew().call(() -> !KnownDevice
                .getEntityManager().createNativeQuery("select 1 from processed_event where event_id = ?1")
                .setParameter(1, eventId).getResultList().isEmpty()));
    }

    private static String json(String text) {
        return text == null ? "null" : "\"" + text + "\"";
    }
}
