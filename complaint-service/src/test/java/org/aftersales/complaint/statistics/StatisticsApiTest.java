package org.aftersales.complaint.statistics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.UUID;
import org.aftersales.complaint.handling.Complaints;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class StatisticsApiTest {

    @Test
    void counts_by_root_cause_batch_and_product_repeats_and_deadlines_met_as_json_and_csv() {
        String model = "ST-" + UUID.randomUUID().toString().substring(0, 8);
        String body = Complaints.VALID.replace("PM-9000", model).replace("LOT-2026-07", model + "-LOT");
        Complaints first = Complaints.register(TestCaller.CUSTOMER_A, body);
        Complaints.register(TestCaller.CUSTOMER_A, body);
        first.contact().then().statusCode(200);
        first.investigate().then().statusCode(200);
        first.determine("NO").then().statusCode(200);
        String today = LocalDate.now(org.aftersales.calendar.ServiceCalendar.DEFAULT_ZONE).toString();

        JsonPath report = given().auth().oauth2(TestCaller.MANAGER.token()).queryParam("from", today)
                .queryParam("to", today).when().get("/api/v1/complaints/statistics")
                .then().statusCode(200).extract().jsonPath();
        assertThat(report.getLong("counts.find { it.dimension == 'product' && it.key == '" + model
                + "' }.complaints")).isEqualTo(2);
        assertThat(report.getLong("counts.find { it.dimension == 'batch' && it.key == '" + model
                + "-LOT' }.complaints")).isEqualTo(2);
        assertThat(report.getLong("repeats.find { it.dimension == 'product' && it.key == '" + model
                + "' }.complaints")).isEqualTo(2);
        assertThat(report.getList("counts.dimension")).contains("category", "rootCause", "department", "month");
        assertThat(report.getLong("deadlinesMet")).isGreaterThanOrEqualTo(3);
        assertThat(report.getLong("deadlinesDecided")).isGreaterThanOrEqualTo(report.getLong("deadlinesMet"));

        String csv = given().auth().oauth2(TestCaller.MANAGER.token()).accept("text/csv")
                .when().get("/api/v1/complaints/statistics").then().statusCode(200).contentType("text/csv")
                .extract().asString();
        assertThat(csv).startsWith("section,dimension,key,complaints").contains("count,product,\"" + model + "\",2");
    }

    @Test
    void only_managers_read_statistics_and_bad_periods_are_400() {
        given().auth().oauth2(TestCaller.QUALITY.token()).when().get("/api/v1/complaints/statistics")
                .then().statusCode(403);
        given().auth().oauth2(TestCaller.CUSTOMER_A.token()).when().get("/api/v1/complaints/statistics")
                .then().statusCode(403);
        given().when().get("/api/v1/complaints/statistics").then().statusCode(401);
        given().auth().oauth2(TestCaller.MANAGER.token()).queryParam("from", "yesterday")
                .when().get("/api/v1/complaints/statistics").then().statusCode(400)
                .body("errors.field", hasItem("from"));
        given().auth().oauth2(TestCaller.MANAGER.token()).queryParam("from", "2026-12-02").queryParam("to", "2026-12-01")
                .when().get("/api/v1/complaints/statistics").then().statusCode(400);
    }
}
