package org.aftersales.warranty.installedbase;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class DeviceImportTest {

    static final String HEADER = "serialNumber,model,brand,lotNumber,quantity,customerOrganisation,site,invoiceDate,deliveryDate,acceptanceDate\n";

    /** A document with good rows on lines 2 and 6 and a bad one on each line between. */
    static String mixed(String prefix) {
        return HEADER
                + prefix + "-1,PM-8000,迈瑞,L1,1,dealer-a/customer-a,\"住院部, 3F\",2024-06-28,2024-07-02,2024-07-10\n"
                + prefix + "-2,,迈瑞,L1,1,dealer-a/customer-a,,2024-06-28,,\n"
                + prefix + "-3,PM-8000,迈瑞,L1,two,dealer-a/customer-a,,28.06.2024,,\n"
                + prefix + "-1,PM-8000,迈瑞,L1,1,dealer-a/customer-a,,,,\n"
                + prefix + "-5,PM-8000,迈瑞,L1,1,dealer-b/customer-b,,,,\n"
                + prefix + "-6,PM-8000,迈瑞,L2,3,dealer-a/customer-a,,,,\n";
    }

    static long devicesWithPrefix(String prefix) {
        return QuarkusTransaction.requiringNew().call(() -> Device.count("serialNumber like ?1", prefix + "-%"));
    }

    @Test
    void valid_rows_mode_stores_the_good_rows_and_reports_every_bad_one_by_line() {
        String prefix = prefix();
        given().auth().oauth2(TestCaller.PARTNER_A.token()).contentType("text/csv; charset=UTF-8").body(mixed(prefix))
                .when().post("/api/v1/devices/import?mode=VALID_ROWS")
                .then().statusCode(200)
                .body("rows", equalTo(6))
                .body("imported", equalTo(2))
                .body("rejected.line", contains(3, 4, 4, 5, 6))
                .body("rejected.field", contains("model", "invoiceDate", "quantity", "serialNumber", "customerOrganisation"));
        assertThat(devicesWithPrefix(prefix)).isEqualTo(2);
    }

    @Test
    void all_or_nothing_mode_stores_nothing_when_a_row_is_bad() {
        String prefix = prefix();
        given().auth().oauth2(TestCaller.PARTNER_A.token()).contentType("text/csv; charset=UTF-8").body(mixed(prefix))
                .when().post("/api/v1/devices/import")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("line[3].model", "line[4].quantity", "line[5].serialNumber",
                        "line[6].customerOrganisation"));
        assertThat(devicesWithPrefix(prefix)).isZero();
    }

    @Test
    void a_serial_number_registered_before_is_reported() {
        String prefix = prefix();
        String document = HEADER + prefix + "-1,PM-8000,迈瑞,,,dealer-a/customer-a,,,,\n";
        given().auth().oauth2(TestCaller.AGENT.token()).contentType("text/csv; charset=UTF-8").body(document)
                .when().post("/api/v1/devices/import").then().statusCode(200).body("imported", equalTo(1));

        given().auth().oauth2(TestCaller.AGENT.token()).contentType("text/csv; charset=UTF-8").body(document)
                .when().post("/api/v1/devices/import?mode=VALID_ROWS")
                .then().statusCode(200)
                .body("imported", equalTo(0))
                .body("rejected[0].message", equalTo("is registered already"));
    }

    @Test
    void ten_thousand_rows_import_in_one_request() {
        String prefix = prefix();
        StringBuilder document = new StringBuilder(HEADER);
        for (int i = 0; i < 10_000; i++) {
            document.append(prefix).append('-').append(i).append(",PM-8000,迈瑞,L9,1,dealer-a/customer-a,,2024-06-28,2024-07-02,\n");
        }
        given().auth().oauth2(TestCaller.MANAGER.token()).contentType("text/csv; charset=UTF-8").body(document.toString())
                .when().post("/api/v1/devices/import")
                .then().statusCode(200)
                .body("imported", equalTo(10_000));
        assertThat(devicesWithPrefix(prefix)).isEqualTo(10_000);
    }

    @Test
    void a_document_that_is_not_a_table_an_unknown_column_or_mode_is_400() {
        given().auth().oauth2(TestCaller.AGENT.token()).contentType("text/csv; charset=UTF-8").body("serialNumber,model\n\"SN-1,PM\n")
                .when().post("/api/v1/devices/import")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("line[2]"));
        given().auth().oauth2(TestCaller.AGENT.token()).contentType("text/csv; charset=UTF-8").body("serialNumber,colour\nSN-1,red\n")
                .when().post("/api/v1/devices/import")
                .then().statusCode(400).body("errors[0].field", equalTo("colour"));
        given().auth().oauth2(TestCaller.AGENT.token()).contentType("text/csv; charset=UTF-8").body(HEADER)
                .when().post("/api/v1/devices/import?mode=SOME")
                .then().statusCode(400).body("errors[0].field", equalTo("mode"));
    }

    @Test
    void customers_may_not_import() {
        given().auth().oauth2(TestCaller.CUSTOMER_A.token()).contentType("text/csv; charset=UTF-8").body(HEADER)
                .when().post("/api/v1/devices/import")
                .then().statusCode(403);
    }

    private static String prefix() {
        return "IMP" + UUID.randomUUID().toString().substring(0, 8);
    }
}
