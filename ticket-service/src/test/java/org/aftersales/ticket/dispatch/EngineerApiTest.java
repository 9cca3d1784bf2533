package org.aftersales.ticket.dispatch;

import static io.restassured.RestAssured.given;
import static org.aftersales.ticket.dispatch.DispatchFixtures.ALWAYS_ON_DUTY;
import static org.aftersales.ticket.dispatch.DispatchFixtures.profile;
import static org.aftersales.ticket.dispatch.DispatchFixtures.with;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class EngineerApiTest {

    static final String DUTY = """
            {"weeklyHours": [{"days": ["MONDAY", "FRIDAY"], "from": "08:30", "to": "17:30"}],
             "exceptions": [{"date": "2026-10-01", "onDuty": false, "note": "国庆"},
                            {"date": "2026-10-10", "onDuty": true, "from": "09:00", "to": "12:00"}]}""";

    static String username() {
        return "eng-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void a_manager_registers_an_engineer_then_updates_the_profile_and_staff_read_it() {
        String username = username();

        given().auth().oauth2(TestCaller.MANAGER.token()).contentType(ContentType.JSON)
                .body(profile("ENGINEER", "[\"BeneView T5\", \"HARDWARE\"]", "cn/beijing/haidian", DUTY))
                .when().put("/api/v1/engineers/{username}", username)
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/engineers/" + username))
                .body("username", equalTo(username))
                .body("skills", contains("BeneView T5", "HARDWARE"))
                .body("duty.weeklyHours[0].from", equalTo("08:30:00"))
                .body("duty.exceptions[1].to", equalTo("12:00:00"))
                .body("updatedBy", equalTo("manager"));

        given().auth().oauth2(TestCaller.ADMIN.token()).contentType(ContentType.JSON)
                .body(profile("SENIOR_ENGINEER", "[\"SOFTWARE\"]", "cn/beijing", ALWAYS_ON_DUTY))
                .when().put("/api/v1/engineers/{username}", username)
                .then().statusCode(200)
                .body("level", equalTo("SENIOR_ENGINEER"))
                .body("skills", contains("SOFTWARE"))
                .body("duty.exceptions", empty());

        for (TestCaller reader : new TestCaller[] {TestCaller.AGENT, TestCaller.ENGINEER, TestCaller.MANAGER}) {
            given().auth().oauth2(reader.token()).when().get("/api/v1/engineers/{username}", username)
                    .then().statusCode(200).body("region", equalTo("cn/beijing"));
            given().auth().oauth2(reader.token()).when().get("/api/v1/engineers")
                    .then().statusCode(200).body("username", hasItem(username));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no name                | ''                  | name        | null              | name
            no phone               | ''                  | phone       | null              | phone
            phone not a number     | ''                  | phone       | "call me"         | phone
            no level               | ''                  | level       | null              | level
            unknown level          | ''                  | level       | "WIZARD"          | level
            no skills              | ''                  | skills      | null              | skills
            blank skill            | ''                  | skills      | [" "]             | skills
            no region              | ''                  | region      | null              | region
            region not a path      | ''                  | region      | "Beijing Haidian" | region
            region with empty part | ''                  | region      | "cn//beijing"     | region
            unknown field          | ''                  | hobby       | "golf"            | hobby
            no duty                | ''                  | duty        | null              | duty
            no weekly hours        | /duty               | weeklyHours | null              | duty.weeklyHours
            no days                | /duty/weeklyHours/0 | days        | []                | duty.weeklyHours[0].days
            not a day              | /duty/weeklyHours/0 | days        | ["FUNDAY"]        | duty.weeklyHours[0].days[0]
            not a time             | /duty/weeklyHours/0 | from        | "8 am"            | duty.weeklyHours[0].from
            no start               | /duty/weeklyHours/0 | from        | null              | duty.weeklyHours[0].from
            exception without date | /duty/exceptions/0  | date        | null              | duty.exceptions[0].date
            on duty without hours  | /duty/exceptions/0  | onDuty      | true              | duty.exceptions[0].from
            off duty with hours    | /duty/exceptions/1  | onDuty      | false             | duty.exceptions[1].to
            same date twice        | /duty/exceptions/1  | date        | "2026-10-01"      | duty.exceptions[1].date
            """)
    void an_invalid_field_is_named_and_nothing_is_stored(String name, String parent, String field, String value,
            String named) {
        String valid = profile("ENGINEER", "[\"HARDWARE\"]", "cn/beijing", DUTY);

        refused(username(), with(valid, parent, field, value), named);
    }

    @Test
    void a_username_that_is_no_user_name_is_refused() {
        refused("Not A User", profile("ENGINEER", "[]", "cn", ALWAYS_ON_DUTY), "username");
    }

    static void refused(String username, String body, String field) {
        given().auth().oauth2(TestCaller.MANAGER.token()).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/engineers/{username}", username)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
        given().auth().oauth2(TestCaller.MANAGER.token()).when().get("/api/v1/engineers/{username}", username)
                .then().statusCode(404);
    }

    @ParameterizedTest
    @EnumSource(value = TestCaller.class, names = {"AGENT", "ENGINEER", "CUSTOMER_A", "PARTNER_A", "QUALITY"})
    void only_managers_and_admins_register(TestCaller caller) {
        String username = username();
        given().auth().oauth2(caller.token()).contentType(ContentType.JSON)
                .body(profile("ENGINEER", "[]", "cn", ALWAYS_ON_DUTY))
                .when().put("/api/v1/engineers/{username}", username)
                .then().statusCode(403).contentType("application/problem+json");
    }

    @ParameterizedTest
    @EnumSource(value = TestCaller.class, names = {"CUSTOMER_A", "PARTNER_A", "PARTS_CLERK", "QUALITY"})
    void customers_partners_and_other_staff_do_not_read_engineers(TestCaller caller) {
        given().auth().oauth2(caller.token()).when().get("/api/v1/engineers").then().statusCode(403);
        given().auth().oauth2(caller.token()).when().get("/api/v1/engineers/engineer").then().statusCode(403);
    }

    @Test
    void without_a_token_it_is_401_and_an_unknown_engineer_is_404() {
        given().when().get("/api/v1/engineers").then().statusCode(401);
        given().contentType(ContentType.JSON).body(profile("ENGINEER", "[]", "cn", ALWAYS_ON_DUTY))
                .when().put("/api/v1/engineers/{username}", username()).then().statusCode(401);
        given().auth().oauth2(TestCaller.AGENT.token()).when().get("/api/v1/engineers/{username}", username())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void skills_come_back_sorted_and_deduplicated() {
        String username = username();
        given().auth().oauth2(TestCaller.MANAGER.token()).contentType(ContentType.JSON)
                .body(profile("ENGINEER", "[\"SOFTWARE\", \"HARDWARE\", \" HARDWARE \"]", "cn", ALWAYS_ON_DUTY))
                .when().put("/api/v1/engineers/{username}", username)
                .then().statusCode(201).body("skills", contains("HARDWARE", "SOFTWARE"));
    }
}
