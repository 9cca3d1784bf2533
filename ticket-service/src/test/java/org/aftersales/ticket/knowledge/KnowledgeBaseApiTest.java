package org.aftersales.ticket.knowledge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.aftersales.platform.installedbase.KnownDevice;
import org.aftersales.ticket.TicketApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class KnowledgeBaseApiTest {

    static final String KNOWLEDGE_BASE = "/api/v1/knowledge-base";
    static final String ENTRY = KNOWLEDGE_BASE + "/{id}";

    static final String MONITOR_BLACK = "监护仪开机后黑屏";
    static final String SCREEN_BLACK = "屏幕黑屏";
    static final String NO_POWER = "电源无输出";

    /** The device model of the searched entries, unique to this run, so other tests' entries stay out. */
    static String searchedModel;

    @BeforeEach
    void theSearchedEntries() {
        if (searchedModel == null) {
            String model = "PM-" + UUID.randomUUID();
            published(create(TestCaller.ENGINEER, entry(MONITOR_BLACK, "电源模块老化", "更换电源 PSU-220V-01", model)));
            published(create(TestCaller.ENGINEER, entry(SCREEN_BLACK, "监护仪主板故障", "更换主板", model)));
            published(create(TestCaller.ENGINEER, entry(NO_POWER, "保险丝熔断", "更换保险丝", model)));
            searchedModel = model;
        }
    }

    static String entry(String symptom, String cause, String solution, String model) {
        return """
                {"symptom": "%s", "cause": "%s", "solution": "%s", "deviceModel": "%s"}"""
                .formatted(symptom, cause, solution, model);
    }

    static String create(TestCaller caller, String body) {
        return post(caller, body).then().statusCode(201).extract().path("id");
    }

    /** A manager publishes the entry after review; answers its id. */
    static String published(String id) {
        publish(TestCaller.MANAGER, id).then().statusCode(200).body("status", equalTo("PUBLISHED"));
        return id;
    }

    static Response publish(TestCaller caller, String id) {
        return given().auth().oauth2(caller.token()).contentType(ContentType.JSON).body("{}")
                .when().post(ENTRY + "/publication", id);
    }

    static Response post(TestCaller caller, String body) {
        return given().auth().oauth2(caller.token()).contentType(ContentType.JSON).body(body)
                .when().post(KNOWLEDGE_BASE);
    }

    static Response search(TestCaller caller, String q, String model) {
        return given().auth().oauth2(caller.token()).queryParam("q", q).queryParam("deviceModel", model)
                .when().get(KNOWLEDGE_BASE);
    }

    static Stream<Arguments> searches() {
        return Stream.of(
                Arguments.of("监护仪黑屏", List.of(MONITOR_BLACK, SCREEN_BLACK)),
                Arguments.of("电源", List.of(NO_POWER, MONITOR_BLACK)),
                Arguments.of("psu-220v", List.of(MONITOR_BLACK)),
                Arguments.of("ＰＳＵ－220V", List.of(MONITOR_BLACK)),
                Arguments.of("保险丝", List.of(NO_POWER)),
                Arguments.of("主板", List.of(SCREEN_BLACK)),
                Arguments.of("打印机卡纸", List.of()),
                Arguments.of("PSU-110V", List.of()),
                Arguments.of("", List.of(NO_POWER, SCREEN_BLACK, MONITOR_BLACK)),
                Arguments.of("。，！", List.of(NO_POWER, SCREEN_BLACK, MONITOR_BLACK)));
    }

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @MethodSource("searches")
    void chinese_and_latin_text_finds_the_entries_with_all_its_terms_best_symptom_first(String q, List<String> found) {
        search(TestCaller.ENGINEER, q, searchedModel).then().statusCode(200)
                .body("total", equalTo(found.size()))
                .body("items.symptom", equalTo(found));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @MethodSource("blackScreens")
    void both_black_screen_entries_are_found_however_it_is_written(String q) {
        List<String> symptoms = search(TestCaller.PARTNER_A, q, searchedModel.toLowerCase()).then().statusCode(200)
                .extract().path("items.symptom");
        assertThat(symptoms).containsExactlyInAnyOrder(MONITOR_BLACK, SCREEN_BLACK);
    }

    static Stream<String> blackScreens() {
        return Stream.of("黑屏", "黑屏！！！", " 黑屏 ");
    }

    @Test
    void paging_that_is_no_whole_number_is_refused_naming_the_parameter() {
        given().auth().oauth2(TestCaller.ENGINEER.token()).queryParam("q", "黑屏").queryParam("size", "ten")
                .when().get("/api/v1/knowledge-base")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItems("size"));
    }

    @Test
    void results_come_in_pages() {
        given().auth().oauth2(TestCaller.AGENT.token()).queryParam("deviceModel", searchedModel)
                .queryParam("size", 2).queryParam("page", 1)
                .when().get(KNOWLEDGE_BASE)
                .then().statusCode(200)
                .body("total", equalTo(3)).body("page", equalTo(1)).body("size", equalTo(2))
                .body("items.symptom", equalTo(List.of(MONITOR_BLACK)));
        given().auth().oauth2(TestCaller.AGENT.token()).queryParam("size", 0).when().get(KNOWLEDGE_BASE)
                .then().statusCode(400).body("errors.field", hasItems("size"));
    }

    @Test
    void an_entry_from_a_resolved_ticket_takes_its_symptom_report_and_device_model_and_reaches_partners_once_published() {
        String serial = "SN-KB-" + UUID.randomUUID();
        String model = "PM-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            KnownDevice device = new KnownDevice();
            device.serialNumber = serial;
            device.deviceId = UUID.randomUUID();
            device.customerOrganisation = "dealer-a/customer-a";
            device.model = model;
            device.brand = "迈瑞";
            device.persist();
        });
        String ticket = TicketApi.resolved(serial, "监护仪开机后黑屏，报警无声");
        given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON)
                .body("""
                        {"arrivedAt": null, "cause": "电源模块老化", "measures": "更换电源模块",
                         "restoredAt": "%s"}""".formatted(Instant.now()))
                .when().put("/api/v1/tickets/{id}/repair-report", ticket).then().statusCode(201);

        String id = post(TestCaller.AGENT, "{\"sourceTicketId\": \"" + ticket + "\"}").then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/knowledge-base/[0-9a-f-]{36}"))
                .body("symptom", equalTo("监护仪开机后黑屏，报警无声"))
                .body("cause", equalTo("电源模块老化"))
                .body("solution", equalTo("更换电源模块"))
                .body("deviceModel", equalTo(model))
                .body("sourceTicketId", equalTo(ticket))
                .body("createdBy", equalTo("agent"))
                .body("status", equalTo("DRAFT"))
                .extract().path("id");
        given().auth().oauth2(TestCaller.PARTNER_B.token()).when().get(ENTRY, id).then().statusCode(404);
        search(TestCaller.PARTNER_B, "报警无声", model).then().statusCode(200).body("total", equalTo(0));

        published(id);
        given().auth().oauth2(TestCaller.PARTNER_B.token()).when().get(ENTRY, id).then().statusCode(200)
                .body("symptom", equalTo("监护仪开机后黑屏，报警无声"))
                .body("sourceTicketId", nullValue())
                .body("customerOrganisation", nullValue());
        search(TestCaller.PARTNER_B, "报警无声", model).then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void what_the_author_writes_wins_over_the_ticket_and_the_fault_analysis_gives_the_cause() {
        String ticket = TicketApi.resolved("SN-KB-" + UUID.randomUUID(), "打印机卡纸");
        given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON)
                .body("{\"cause\": \"搓纸轮磨损\", \"prevention\": \"每半年更换搓纸轮\"}")
                .when().put("/api/v1/tickets/{id}/fault-analysis", ticket).then().statusCode(201);

        // An engineer writes from the tickets assigned to them only; any other is unknown to them.
        post(TestCaller.ENGINEER, "{\"sourceTicketId\": \"" + ticket + "\"}").then().statusCode(400)
                .body("errors.field", equalTo(List.of("sourceTicketId")));
        post(TestCaller.AGENT, "{\"sourceTicketId\": \"" + ticket + "\"}").then().statusCode(400)
                .body("errors.field", equalTo(List.of("solution")))
                .body("errors.message[0]", containsString("has no report"));
        post(TestCaller.AGENT, """
                {"sourceTicketId": "%s", "symptom": "卡纸", "solution": "更换搓纸轮"}""".formatted(ticket))
                .then().statusCode(201)
                .body("symptom", equalTo("卡纸"))
                .body("cause", equalTo("搓纸轮磨损"))
                .body("solution", equalTo("更换搓纸轮"))
                .body("deviceModel", nullValue());
    }

    @Test
    void refusals_when_adding_name_their_reason() {
        post(TestCaller.ENGINEER, "{\"symptom\": \" \"}").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("symptom", "cause", "solution")));
        post(TestCaller.ENGINEER, "{\"sourceTicketId\": \"" + UUID.randomUUID() + "\"}").then().statusCode(400)
                .body("errors.field", equalTo(List.of("sourceTicketId")));
        post(TestCaller.ENGINEER, "{\"symptom\": \"x\", \"cause\": \"y\", \"solution\": \"z\", \"customer\": \"a\"}")
                .then().statusCode(400).body("errors.field", hasItems("customer"));
        String unresolved = TicketApi.registered("SN-KB-" + UUID.randomUUID(), "无法开机");
        post(TestCaller.AGENT, "{\"sourceTicketId\": \"" + unresolved + "\"}").then().statusCode(409)
                .body("detail", containsString("NEW"));
    }

    @Test
    void a_manager_corrects_and_retires_an_entry_which_then_stays_readable_but_is_no_longer_found() {
        String model = "PM-" + UUID.randomUUID();
        String id = published(create(TestCaller.ENGINEER, entry("开机报错 E12", "固件缺陷", "重启", model)));

        given().auth().oauth2(TestCaller.MANAGER.token()).contentType(ContentType.JSON)
                .body(entry("开机报错 E12", "固件缺陷", "升级固件到 2.1", model))
                .when().put(ENTRY, id).then().statusCode(200)
                .body("solution", equalTo("升级固件到 2.1")).body("updatedBy", equalTo("manager"));
        search(TestCaller.ENGINEER, "升级固件", model).then().body("total", equalTo(1));
        search(TestCaller.ENGINEER, "重启", model).then().body("total", equalTo(0));

        retire(TestCaller.MANAGER, id, "{\"reason\": \"固件 2.1 起已修复\"}").then().statusCode(200)
                .body("retirement.retiredBy", equalTo("manager"))
                .body("retirement.reason", equalTo("固件 2.1 起已修复"));
        search(TestCaller.ENGINEER, "E12", model).then().body("total", equalTo(0));
        given().auth().oauth2(TestCaller.PARTNER_A.token()).when().get(ENTRY, id).then().statusCode(200)
                .body("retirement.retiredAt", notNullValue());
        retire(TestCaller.MANAGER, id, "{\"reason\": \"again\"}").then().statusCode(409);
        given().auth().oauth2(TestCaller.MANAGER.token()).contentType(ContentType.JSON)
                .body(entry("a", "b", "c", model)).when().put(ENTRY, id).then().statusCode(409);
    }

    @Test
    void refusals_when_changing_name_their_reason() {
        String id = create(TestCaller.AGENT, entry("风扇异响", "轴承磨损", "更换风扇", "FAN-" + UUID.randomUUID()));
        String unknown = UUID.randomUUID().toString();

        given().auth().oauth2(TestCaller.MANAGER.token()).contentType(ContentType.JSON)
                .body("{\"symptom\": \"风扇异响\", \"cause\": \"轴承磨损\"}")
                .when().put(ENTRY, id).then().statusCode(400).body("errors.field", hasItems("solution"));
        retire(TestCaller.MANAGER, id, "{}").then().statusCode(400).body("errors.field", hasItems("reason"));
        given().auth().oauth2(TestCaller.MANAGER.token()).contentType(ContentType.JSON)
                .body(entry("a", "b", "c", "d")).when().put(ENTRY, unknown).then().statusCode(404);
        retire(TestCaller.MANAGER, unknown, "{\"reason\": \"x\"}").then().statusCode(404);
        given().auth().oauth2(TestCaller.ENGINEER.token()).when().get(ENTRY, unknown).then().statusCode(404)
                .contentType("application/problem+json");
    }

    static Response retire(TestCaller caller, String id, String body) {
        return given().auth().oauth2(caller.token()).contentType(ContentType.JSON).body(body)
                .when().post(ENTRY + "/retirement", id);
    }

    @Test
    void without_a_token_the_answer_is_401() {
        String id = UUID.randomUUID().toString();
        given().when().get(KNOWLEDGE_BASE).then().statusCode(401);
        given().when().get(ENTRY, id).then().statusCode(401);
        given().contentType(ContentType.JSON).body("{}").when().post(KNOWLEDGE_BASE).then().statusCode(401);
        given().contentType(ContentType.JSON).body("{}").when().put(ENTRY, id).then().statusCode(401);
        given().contentType(ContentType.JSON).body("{}").when().post(ENTRY + "/retirement", id).then().statusCode(401);
        given().contentType(ContentType.JSON).body("{}").when().post(ENTRY + "/publication", id).then().statusCode(401);
    }

    @ParameterizedTest
    @EnumSource(value = TestCaller.class, names = {"CUSTOMER_A", "CUSTOMER_B"})
    void customers_do_not_read_the_knowledge_base(TestCaller caller) {
        search(caller, "黑屏", null).then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(caller.token()).when().get(ENTRY, UUID.randomUUID()).then().statusCode(403);
    }

    @ParameterizedTest
    @EnumSource(value = TestCaller.class, names = {"CUSTOMER_A", "PARTS_CLERK", "QUALITY", "ADMIN"})
    void only_engineers_agents_managers_and_partners_add_entries(TestCaller caller) {
        post(caller, entry("a", "b", "c", "d")).then().statusCode(403);
    }

    @ParameterizedTest
    @EnumSource(value = TestCaller.class, names = {"PARTNER_A", "AGENT", "ENGINEER", "QUALITY"})
    void only_managers_change_publish_or_retire_entries(TestCaller caller) {
        String id = create(TestCaller.AGENT, entry("风扇异响", "轴承磨损", "更换风扇", "FAN-" + UUID.randomUUID()));
        publish(caller, id).then().statusCode(403);

        given().auth().oauth2(caller.token()).contentType(ContentType.JSON).body(entry("a", "b", "c", "d"))
                .when().put(ENTRY, id).then().statusCode(403);
        retire(caller, id, "{\"reason\": \"x\"}").then().statusCode(403);
    }
}
