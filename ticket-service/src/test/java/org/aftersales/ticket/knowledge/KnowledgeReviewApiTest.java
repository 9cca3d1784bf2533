package org.aftersales.ticket.knowledge;

import static io.restassured.RestAssured.given;
import static org.aftersales.ticket.knowledge.KnowledgeBaseApiTest.ENTRY;
import static org.aftersales.ticket.knowledge.KnowledgeBaseApiTest.KNOWLEDGE_BASE;
import static org.aftersales.ticket.knowledge.KnowledgeBaseApiTest.entry;
import static org.aftersales.ticket.knowledge.KnowledgeBaseApiTest.post;
import static org.aftersales.ticket.knowledge.KnowledgeBaseApiTest.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.aftersales.ticket.TicketApi;
import org.aftersales.platform.installedbase.KnownDevice;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: a knowledge-base entry is reviewed before it reaches other partners, and one partner's customer's
 * identifiers (names, phone numbers, e-mail, sites, serials) never reach it (ADR 0029).
 */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class KnowledgeReviewApiTest {

    @Test
    void an_entry_from_a_partners_ticket_keeps_the_fix_and_none_of_the_customers_identifiers() {
        String serial = TicketApi.uniqueSerial("SN-KB");
        String otherSerial = TicketApi.uniqueSerial("SN-KB");
        String model = "PM-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            device(serial, model);
            device(otherSerial, model);
        });
        String ticket = TicketApi.register(TestCaller.PARTNER_A, TicketApi.with(TicketApi.fault(serial),
                "description", "北京协和医院3号楼ICU 王建国来电（13800138000）：" + serial + " 开机黑屏",
                "contact", Map.of("name", "王建国", "phone", "+86 138 0013 8000", "department", "设备科",
                        "site", "北京协和医院3号楼ICU")));
        TicketApi.act(ticket, "{\"action\": \"ACKNOWLEDGE\"}");
        TicketApi.act(ticket, "{\"action\": \"DIAGNOSE\"}");
        TicketApi.act(ticket, TicketApi.RESOLVE);
        given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON)
                .body("""
                        {"arrivedAt": null, "cause": "电源模块老化，同科室 %s 也有此问题，设备科王建国确认",
                         "measures": "更换电源模块 PSU-220V-01，报告已发 wang@pumch.cn", "restoredAt": "%s"}"""
                        .formatted(otherSerial, Instant.now()))
                .when().put("/api/v1/tickets/{id}/repair-report", ticket).then().statusCode(201);

        JsonPath entry = post(TestCaller.PARTNER_A, "{\"sourceTicketId\": \"" + ticket + "\"}").then()
                .statusCode(201).body("status", equalTo("DRAFT")).extract().jsonPath();

        String text = entry.getString("symptom") + entry.getString("cause") + entry.getString("solution");
        assertThat(text).doesNotContain("王建国", "13800138000", "138 0013 8000", "北京协和医院", "3号楼ICU", "设备科",
                serial, otherSerial, "wang@pumch.cn");
        assertThat(entry.getString("symptom")).isEqualTo("[现场] [客户]来电（[电话]）：[序列号] 开机黑屏");
        assertThat(entry.getString("cause")).isEqualTo("电源模块老化，同科室 [序列号] 也有此问题，[客户][客户]确认");
        assertThat(entry.getString("solution")).isEqualTo("更换电源模块 PSU-220V-01，报告已发 [邮箱]");
        assertThat(entry.getString("deviceModel")).isEqualTo(model);
    }

    @Test
    void a_partner_sees_its_own_drafts_other_partners_only_what_vendor_staff_published() {
        String model = "PM-" + UUID.randomUUID();
        String partnerDraft = post(TestCaller.PARTNER_A, entry("风扇异响", "轴承磨损", "更换风扇", model)).then()
                .statusCode(201).body("status", equalTo("DRAFT")).body("reviewedBy", nullValue())
                .extract().path("id");
        String vendorDraft = post(TestCaller.ENGINEER, entry("风扇停转", "电机烧毁", "更换电机", model)).then()
                .statusCode(201).extract().path("id");

        assertThat(found(TestCaller.PARTNER_A, model)).containsExactly(partnerDraft);
        assertThat(found(TestCaller.PARTNER_B, model)).isEmpty();
        assertThat(found(TestCaller.ENGINEER, model)).containsExactlyInAnyOrder(partnerDraft, vendorDraft);
        given().auth().oauth2(TestCaller.PARTNER_A.token()).when().get(ENTRY, partnerDraft).then().statusCode(200);
        given().auth().oauth2(TestCaller.PARTNER_A.token()).when().get(ENTRY, vendorDraft).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(TestCaller.PARTNER_B.token()).when().get(ENTRY, partnerDraft).then().statusCode(404);
        given().auth().oauth2(TestCaller.MANAGER.token()).queryParam("status", "DRAFT").queryParam("deviceModel", model)
                .when().get(KNOWLEDGE_BASE).then().statusCode(200).body("total", equalTo(2));

        publish(TestCaller.MANAGER, partnerDraft).then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("reviewedBy", equalTo("manager"))
                .body("publishedAt", notNullValue());

        assertThat(found(TestCaller.PARTNER_B, model)).containsExactly(partnerDraft);
        given().auth().oauth2(TestCaller.PARTNER_B.token()).when().get(ENTRY, partnerDraft).then().statusCode(200)
                .body("status", equalTo("PUBLISHED"));
        assertThat(found(TestCaller.PARTNER_A, model)).containsExactly(partnerDraft);
    }

    @Test
    void refusals_when_publishing_name_their_reason() {
        String id = post(TestCaller.AGENT, entry("a", "b", "c", "M-" + UUID.randomUUID())).then().statusCode(201)
                .extract().path("id");
        publish(TestCaller.MANAGER, id).then().statusCode(200);
        publish(TestCaller.MANAGER, id).then().statusCode(409).contentType("application/problem+json");
        publish(TestCaller.MANAGER, UUID.randomUUID().toString()).then().statusCode(404);
        given().auth().oauth2(TestCaller.MANAGER.token()).queryParam("status", "LIVE").when().get(KNOWLEDGE_BASE)
                .then().statusCode(400).body("errors.field", equalTo(List.of("status")));
    }

    private static List<String> found(TestCaller caller, String model) {
        return given().auth().oauth2(caller.token()).queryParam("deviceModel", model).when().get(KNOWLEDGE_BASE)
                .then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
    }

    private static void device(String serial, String model) {
        KnownDevice device = new KnownDevice();
        device.serialNumber = serial;
        device.deviceId = UUID.randomUUID();
        device.customerOrganisation = "dealer-a/customer-a";
        device.model = model;
        device.brand = "迈瑞";
        device.persist();
    }
}
