package org.aftersales.warranty.customer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.aftersales.events.EventCodec;
import org.aftersales.events.customer.CustomerChanged;
import org.aftersales.events.customer.CustomerEvents;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class CustomerArchiveTest {

    static final String PROBLEM = "application/problem+json";

    static String customer(String organisation) {
        return """
                {"organisation": "%s", "name": "北京某某医院", "shortName": "某某医院",
                 "contacts": [{"name": " 王工 ", "department": "设备科", "phone": "+86 138 0000 0000",
                               "email": "wang@hospital.example.cn", "role": "设备科联系人"},
                              {"name": "李主任", "phone": "010-6512 3456 转 801", "department": " "}],
                 "keyCustomer": true, "notes": "每年至少一次回访"}""".formatted(organisation);
    }

    static String update(long version) {
        return """
                {"name": "北京某某医院（新院区）", "contacts": [{"name": "赵工", "phone": "13900000000"}],
                 "keyCustomer": false, "version": %d}""".formatted(version);
    }

    static String site(String name) {
        return """
                {"name": "%s", "address": "北京市朝阳区某某路 1 号", "region": "北京市朝阳区",
                 "contact": {"name": "护士长", "department": "ICU", "phone": "010-6512 3000"}}""".formatted(name);
    }

    /** An organisation no other test uses, under {@code parent}. */
    static String unique(String parent) {
        return parent + "/c-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String register(TestCaller caller, String organisation) {
        given().auth().oauth2(caller.token()).contentType(ContentType.JSON).body(customer(organisation))
                .when().post("/api/v1/customers")
                .then().statusCode(201);
        return organisation;
    }

    /** The archive's events about the customer at {@code organisation}, oldest first: type and payload. */
    static List<Object[]> published(String organisation) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = Customer.getEntityManager().createNativeQuery("""
                    select type, payload from outbox_event
                    where aggregatetype = 'customer'
                      and aggregateid = (select cast(id as varchar) from customer where organisation = ?1)
                    order by sequence""").setParameter(1, organisation).getResultList();
            return rows;
        });
    }

    @Test
    void a_registration_and_each_update_publish_the_whole_record_and_a_refused_change_publishes_nothing() {
        String organisation = register(TestCaller.PARTNER_A, unique("dealer-a"));
        String path = "/api/v1/customers/" + organisation;
        given().auth().oauth2(TestCaller.MANAGER.token()).contentType(ContentType.JSON).body(update(0))
                .when().put(path).then().statusCode(200);
        given().auth().oauth2(TestCaller.MANAGER.token()).contentType(ContentType.JSON).body(update(0))
                .when().put(path).then().statusCode(409);
        given().auth().oauth2(TestCaller.MANAGER.token()).contentType(ContentType.JSON)
                .body(update(1).replace("13900000000", "x"))
                .when().put(path).then().statusCode(400);

        List<Object[]> events = published(organisation);
        assertThat(events).extracting(row -> row[0])
                .containsExactly("aftersales.customer.registered.v1", "aftersales.customer.updated.v1");
        var registered = EventCodec.payload(EventCodec.decode((String) events.get(0)[1]),
                CustomerEvents.REGISTERED);
        assertThat(registered.organisation()).isEqualTo(organisation);
        assertThat(registered.keyCustomer()).isTrue();
        assertThat(registered.version()).isZero();
        assertThat(registered.changedBy()).isEqualTo("partner-a");
        assertThat(registered.contacts()).extracting(CustomerChanged.Contact::name).containsExactly("王工", "李主任");
        assertThat(registered.contacts().getFirst().email()).isEqualTo("wang@hospital.example.cn");
        var updated = EventCodec.payload(EventCodec.decode((String) events.get(1)[1]), CustomerEvents.UPDATED);
        assertThat(updated.keyCustomer()).isFalse();
        assertThat(updated.version()).isEqualTo(1);
        assertThat(updated.changedBy()).isEqualTo("manager");
        assertThat(updated.contacts()).extracting(CustomerChanged.Contact::phone).containsExactly("13900000000");
    }

    static long customers() {
        return QuarkusTransaction.requiringNew().call(() -> Customer.count());
    }

    static long sites() {
        return QuarkusTransaction.requiringNew().call(() -> Site.count());
    }

    @Test
    void a_partner_registers_a_customer_under_it_and_reads_it_back_by_its_path() {
        String organisation = unique("dealer-a");
        String location = given().auth().oauth2(TestCaller.PARTNER_A.token())
                .contentType(ContentType.JSON).body(customer(organisation))
                .when().post("/api/v1/customers")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/customers/" + organisation))
                .body("organisation", equalTo(organisation))
                .body("parentOrganisation", equalTo("dealer-a"))
                .body("name", equalTo("北京某某医院"))
                .body("shortName", equalTo("某某医院"))
                .body("contacts.name", contains("王工", "李主任"))
                .body("contacts[1].department", nullValue())
                .body("contacts[1].phone", equalTo("010-6512 3456 转 801"))
                .body("keyCustomer", equalTo(true))
                .body("registeredBy", equalTo("partner-a"))
                .body("version", equalTo(0))
                .extract().header("Location");

        for (TestCaller reader : new TestCaller[] {TestCaller.PARTNER_A, TestCaller.AGENT, TestCaller.ENGINEER}) {
            given().auth().oauth2(reader.token()).when().get(location)
                    .then().statusCode(200)
                    .body("organisation", equalTo(organisation))
                    .body("contacts[0].email", equalTo("wang@hospital.example.cn"))
                    .body("notes", equalTo("每年至少一次回访"));
        }
    }

    @Test
    void an_organisation_is_registered_once() {
        String organisation = register(TestCaller.AGENT, unique("dealer-b"));
        long before = customers();

        given().auth().oauth2(TestCaller.MANAGER.token()).contentType(ContentType.JSON).body(customer(organisation))
                .when().post("/api/v1/customers")
                .then().statusCode(409)
                .contentType(PROBLEM)
                .body("errors.field", contains("organisation"));
        assertThat(customers()).isEqualTo(before);
    }

    static Stream<Arguments> invalidCustomers() {
        String valid = customer("dealer-a/c-invalid");
        return Stream.of(
                Arguments.of("missing name", valid.replace("\"name\": \"北京某某医院\",", ""), "name"),
                Arguments.of("blank name", valid.replace("\"北京某某医院\"", "\"  \""), "name"),
                Arguments.of("name too long", valid.replace("北京某某医院", "院".repeat(201)), "name"),
                Arguments.of("missing organisation", valid.replace("\"organisation\": \"dealer-a/c-invalid\",", ""),
                        "organisation"),
                Arguments.of("organisation not a path", valid.replace("dealer-a/c-invalid", "Dealer A"), "organisation"),
                Arguments.of("organisation without a parent", valid.replace("dealer-a/c-invalid", "dealer-a"), "organisation"),
                Arguments.of("organisation with a sites segment", valid.replace("dealer-a/c-invalid", "dealer-a/sites"),
                        "organisation"),
                Arguments.of("contact without phone", valid.replace("\"phone\": \"+86 138 0000 0000\",", ""),
                        "contacts[0].phone"),
                Arguments.of("contact with a bad phone", valid.replace("+86 138 0000 0000", "call me"), "contacts[0].phone"),
                Arguments.of("contact with a bad email", valid.replace("wang@hospital.example.cn", "wang-at-hospital"),
                        "contacts[0].email"),
                Arguments.of("contact without name", valid.replace("\"name\": \"李主任\",", ""), "contacts[1].name"),
                Arguments.of("null contact", valid.replace("\"contacts\": [", "\"contacts\": [null, "), "contacts[0]"),
                Arguments.of("missing keyCustomer", valid.replace("\"keyCustomer\": true,", ""), "keyCustomer"),
                Arguments.of("keyCustomer as a number", valid.replace("\"keyCustomer\": true", "\"keyCustomer\": 1"),
                        "keyCustomer"),
                Arguments.of("client-set id", valid.replace("{\"organisation\"", "{\"id\": \"x\", \"organisation\""), "id"),
                Arguments.of("client-set version", valid.replace("{\"organisation\"", "{\"version\": 3, \"organisation\""),
                        "version"),
                Arguments.of("malformed JSON", "{\"organisation\":", "body"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCustomers")
    void an_invalid_customer_is_400_naming_the_field_and_stores_nothing(String name, String body, String field) {
        long before = customers();
        given().auth().oauth2(TestCaller.MANAGER.token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/customers")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItems(field));
        assertThat(customers()).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(value = TestCaller.class, names = {"CUSTOMER_A", "ENGINEER", "PARTS_CLERK", "QUALITY"})
    void other_roles_may_not_register_change_or_add_sites(TestCaller caller) {
        String organisation = register(TestCaller.AGENT, unique("dealer-a/customer-a"));
        given().auth().oauth2(caller.token()).contentType(ContentType.JSON).body(customer(unique("dealer-a")))
                .when().post("/api/v1/customers")
                .then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(caller.token()).contentType(ContentType.JSON).body(update(0))
                .when().put("/api/v1/customers/" + organisation)
                .then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(caller.token()).contentType(ContentType.JSON).body(site("住院部 3F ICU"))
                .when().post("/api/v1/customers/" + organisation + "/sites")
                .then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(TestCaller.AGENT.token()).when().get("/api/v1/customers/" + organisation)
                .then().statusCode(200).body("version", equalTo(0)).body("name", equalTo("北京某某医院"));
        given().auth().oauth2(TestCaller.AGENT.token()).when().get("/api/v1/customers/" + organisation + "/sites")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void a_partner_may_not_register_outside_or_at_its_own_organisation() {
        long before = customers();
        given().auth().oauth2(TestCaller.PARTNER_B.token()).contentType(ContentType.JSON).body(customer(unique("dealer-a")))
                .when().post("/api/v1/customers")
                .then().statusCode(403)
                .contentType(PROBLEM)
                .body("errors.field", contains("organisation"));
        given().auth().oauth2(TestCaller.PARTNER_A.token()).contentType(ContentType.JSON)
                .body(customer(unique("dealer-a2")))
                .when().post("/api/v1/customers")
                .then().statusCode(403)
                .body("errors.field", contains("organisation"));
        assertThat(customers()).isEqualTo(before);
    }

    @Test
    void another_tenants_customer_and_its_sites_answer_404_and_stay_out_of_its_lists() {
        String organisation = register(TestCaller.PARTNER_A, unique("dealer-a/customer-a"));
        String path = "/api/v1/customers/" + organisation;
        String siteId = given().auth().oauth2(TestCaller.PARTNER_A.token()).contentType(ContentType.JSON)
                .body(site("门诊楼 2F")).when().post(path + "/sites")
                .then().statusCode(201).extract().path("id");
        long sitesBefore = sites();

        for (TestCaller stranger : new TestCaller[] {TestCaller.PARTNER_B, TestCaller.CUSTOMER_B}) {
            given().auth().oauth2(stranger.token()).when().get(path).then().statusCode(404).contentType(PROBLEM);
            given().auth().oauth2(stranger.token()).when().get(path + "/sites").then().statusCode(404).contentType(PROBLEM);
            given().auth().oauth2(stranger.token()).when().get(path + "/sites/" + siteId)
                    .then().statusCode(404).contentType(PROBLEM);
            given().auth().oauth2(stranger.token()).when().get("/api/v1/customers?organisation={o}", organisation)
                    .then().statusCode(200).body("total", equalTo(0));
            given().auth().oauth2(stranger.token()).when().get("/api/v1/customers?size=500")
                    .then().statusCode(200).body("items.organisation", not(hasItem(organisation)));
        }
        given().auth().oauth2(TestCaller.PARTNER_B.token()).contentType(ContentType.JSON).body(update(0))
                .when().put(path).then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(TestCaller.PARTNER_B.token()).contentType(ContentType.JSON).body(site("偷偷加的"))
                .when().post(path + "/sites").then().statusCode(404).contentType(PROBLEM);
        assertThat(sites()).isEqualTo(sitesBefore);

        // customer-a sees the organisations under its own, with their sites
        given().auth().oauth2(TestCaller.CUSTOMER_A.token()).when().get(path)
                .then().statusCode(200).body("organisation", equalTo(organisation));
        given().auth().oauth2(TestCaller.CUSTOMER_A.token()).when().get(path + "/sites")
                .then().statusCode(200).body("items.id", contains(siteId));
        given().auth().oauth2(TestCaller.CUSTOMER_A.token()).when().get("/api/v1/customers?organisation={o}", organisation)
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].organisation", equalTo(organisation));
    }

    @Test
    void a_customer_sees_its_own_record_and_none_of_its_dealers_other_customers() {
        given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON).body(customer("dealer-a/customer-a"))
                .when().post("/api/v1/customers")
                .then().statusCode(oneOf(201, 409)); // another run or test may have registered it
        String sibling = register(TestCaller.AGENT, unique("dealer-a"));

        given().auth().oauth2(TestCaller.CUSTOMER_A.token()).when().get("/api/v1/customers/dealer-a/customer-a")
                .then().statusCode(200).body("organisation", equalTo("dealer-a/customer-a"));
        given().auth().oauth2(TestCaller.CUSTOMER_A.token()).when().get("/api/v1/customers/" + sibling)
                .then().statusCode(404);
        List<String> seen = given().auth().oauth2(TestCaller.CUSTOMER_A.token()).when().get("/api/v1/customers?size=500")
                .then().statusCode(200).extract().path("items.organisation");
        assertThat(seen).contains("dealer-a/customer-a").doesNotContain(sibling)
                .allMatch(o -> o.equals("dealer-a/customer-a") || o.startsWith("dealer-a/customer-a/"));
        given().auth().oauth2(TestCaller.PARTNER_A.token()).when().get("/api/v1/customers/" + sibling)
                .then().statusCode(200);
    }

    @Test
    void the_list_filters_pages_and_sorts_by_organisation() {
        String parent = unique("dealer-b");
        String first = register(TestCaller.PARTNER_B, parent + "/a");
        String second = register(TestCaller.PARTNER_B, parent + "/b");
        given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON).body(update(0))
                .when().put("/api/v1/customers/" + second).then().statusCode(200);

        given().auth().oauth2(TestCaller.PARTNER_B.token())
                .when().get("/api/v1/customers?organisation={o}&size=1&page=1", parent)
                .then().statusCode(200)
                .body("total", equalTo(2)).body("page", equalTo(1)).body("size", equalTo(1))
                .body("items.organisation", contains(second));
        given().auth().oauth2(TestCaller.MANAGER.token())
                .when().get("/api/v1/customers?organisation={o}", parent)
                .then().statusCode(200).body("items.organisation", contains(first, second));
        given().auth().oauth2(TestCaller.MANAGER.token())
                .when().get("/api/v1/customers?organisation={o}&keyCustomer=true", parent)
                .then().statusCode(200).body("items.organisation", contains(first));
        given().auth().oauth2(TestCaller.MANAGER.token())
                .when().get("/api/v1/customers?organisation={o}&keyCustomer=false", parent)
                .then().statusCode(200).body("items.organisation", contains(second));
    }

    static Stream<Arguments> invalidListQueries() {
        return Stream.of(
                Arguments.of("size=0", "size"),
                Arguments.of("size=501", "size"),
                Arguments.of("page=-1", "page"),
                Arguments.of("organisation=Dealer%20A", "organisation"),
                Arguments.of("keyCustomer=maybe", "keyCustomer"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidListQueries")
    void an_invalid_list_query_is_400_naming_the_parameter(String query, String field) {
        given().auth().oauth2(TestCaller.AGENT.token()).urlEncodingEnabled(false)
                .when().get("/api/v1/customers?" + query)
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", contains(field));
    }

    @Test
    void paging_that_is_no_whole_number_or_beyond_the_last_page_is_400_naming_the_parameter() {
        for (String list : List.of("/api/v1/customers", "/api/v1/devices")) {
            given().auth().oauth2(TestCaller.AGENT.token()).queryParam("page", "abc").queryParam("size", "x")
                    .when().get(list)
                    .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItems("page", "size"));
            given().auth().oauth2(TestCaller.AGENT.token()).queryParam("page", "10001")
                    .when().get(list)
                    .then().statusCode(400).contentType(PROBLEM).body("errors.field", contains("page"));
        }
    }

    @Test
    void an_update_replaces_the_fields_and_a_stale_version_is_409() {
        String organisation = register(TestCaller.PARTNER_A, unique("dealer-a"));
        String path = "/api/v1/customers/" + organisation;

        given().auth().oauth2(TestCaller.PARTNER_A.token()).contentType(ContentType.JSON).body(update(0))
                .when().put(path)
                .then().statusCode(200)
                .body("name", equalTo("北京某某医院（新院区）"))
                .body("shortName", nullValue())
                .body("notes", nullValue())
                .body("contacts.name", contains("赵工"))
                .body("keyCustomer", equalTo(false))
                .body("updatedBy", equalTo("partner-a"))
                .body("registeredBy", equalTo("partner-a"))
                .body("version", equalTo(1));

        given().auth().oauth2(TestCaller.MANAGER.token()).contentType(ContentType.JSON)
                .body(update(0).replace("赵工", "钱工"))
                .when().put(path)
                .then().statusCode(409)
                .contentType(PROBLEM)
                .body("errors.field", contains("version"));
        given().auth().oauth2(TestCaller.MANAGER.token()).when().get(path)
                .then().statusCode(200).body("contacts.name", contains("赵工")).body("version", equalTo(1));

        given().auth().oauth2(TestCaller.MANAGER.token()).contentType(ContentType.JSON)
                .body(update(1).replace("赵工", "钱工"))
                .when().put(path)
                .then().statusCode(200).body("contacts.name", contains("钱工")).body("version", equalTo(2))
                .body("updatedBy", equalTo("manager"));
    }

    static Stream<Arguments> invalidUpdates() {
        String valid = update(0);
        return Stream.of(
                Arguments.of("missing version", valid.replace(", \"version\": 0", ""), "version"),
                Arguments.of("negative version", valid.replace("\"version\": 0", "\"version\": -1"), "version"),
                Arguments.of("blank name", valid.replace("\"北京某某医院（新院区）\"", "\"\""), "name"),
                Arguments.of("contact with a bad phone", valid.replace("13900000000", "x"), "contacts[0].phone"),
                Arguments.of("organisation is not changed here",
                        valid.replaceFirst("\\{", "{\"organisation\": \"dealer-b/x\", "), "organisation"),
                Arguments.of("malformed JSON", "{", "body"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidUpdates")
    void an_invalid_update_is_400_naming_the_field_and_changes_nothing(String name, String body, String field) {
        String organisation = register(TestCaller.AGENT, unique("dealer-a"));
        given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/customers/" + organisation)
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItems(field));
        given().auth().oauth2(TestCaller.AGENT.token()).when().get("/api/v1/customers/" + organisation)
                .then().statusCode(200).body("version", equalTo(0)).body("name", equalTo("北京某某医院"));
    }

    @Test
    void sites_are_added_listed_by_name_and_unique_per_customer() {
        String organisation = register(TestCaller.PARTNER_A, unique("dealer-a/customer-a"));
        String other = register(TestCaller.PARTNER_A, unique("dealer-a"));
        String path = "/api/v1/customers/" + organisation + "/sites";

        String location = given().auth().oauth2(TestCaller.PARTNER_A.token()).contentType(ContentType.JSON)
                .body(site(" 住院部 3F ICU ")).when().post(path)
                .then().statusCode(201)
                .header("Location", matchesPattern(
                        ".*/api/v1/customers/" + organisation + "/sites/[0-9a-f-]{36}"))
                .body("name", equalTo("住院部 3F ICU"))
                .body("customerOrganisation", equalTo(organisation))
                .body("region", equalTo("北京市朝阳区"))
                .body("contact.name", equalTo("护士长"))
                .body("createdBy", equalTo("partner-a"))
                .extract().header("Location");
        given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON)
                .body("{\"name\": \"门诊楼 2F\"}").when().post(path)
                .then().statusCode(201).body("contact", nullValue()).body("address", nullValue());

        given().auth().oauth2(TestCaller.CUSTOMER_A.token()).when().get(location)
                .then().statusCode(200).body("name", equalTo("住院部 3F ICU")).body("contact.phone", equalTo("010-6512 3000"));
        given().auth().oauth2(TestCaller.CUSTOMER_A.token()).when().get(path)
                .then().statusCode(200).body("total", equalTo(2)).body("items.name", contains("住院部 3F ICU", "门诊楼 2F"));

        long before = sites();
        given().auth().oauth2(TestCaller.MANAGER.token()).contentType(ContentType.JSON).body(site("住院部 3F ICU"))
                .when().post(path)
                .then().statusCode(409).contentType(PROBLEM).body("errors.field", contains("name"));
        assertThat(sites()).isEqualTo(before);

        given().auth().oauth2(TestCaller.MANAGER.token()).contentType(ContentType.JSON).body(site("住院部 3F ICU"))
                .when().post("/api/v1/customers/" + other + "/sites")
                .then().statusCode(201);
        // a site is found only under its own customer
        String siteId = location.substring(location.lastIndexOf('/') + 1);
        given().auth().oauth2(TestCaller.MANAGER.token()).when().get("/api/v1/customers/" + other + "/sites/" + siteId)
                .then().statusCode(404).contentType(PROBLEM);
    }

    static Stream<Arguments> invalidSites() {
        String valid = site("住院部 3F ICU");
        return Stream.of(
                Arguments.of("missing name", valid.replace("\"name\": \"住院部 3F ICU\",", ""), "name"),
                Arguments.of("blank name", valid.replace("住院部 3F ICU", " "), "name"),
                Arguments.of("region too long", valid.replace("北京市朝阳区", "区".repeat(101)), "region"),
                Arguments.of("contact without phone", valid.replace(", \"phone\": \"010-6512 3000\"", ""), "contact.phone"),
                Arguments.of("client-set id", valid.replaceFirst("\\{", "{\"id\": \"x\", "), "id"),
                Arguments.of("malformed JSON", "[", "body"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidSites")
    void an_invalid_site_is_400_naming_the_field_and_stores_nothing(String name, String body, String field) {
        String organisation = register(TestCaller.AGENT, unique("dealer-a"));
        long before = sites();
        given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/customers/" + organisation + "/sites")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItems(field));
        assertThat(sites()).isEqualTo(before);
    }

    static Stream<Arguments> unknownCustomers() {
        String missing = "/api/v1/customers/dealer-a/c-missing-" + UUID.randomUUID().toString().substring(0, 8);
        return Stream.of(
                Arguments.of("GET", missing),
                Arguments.of("GET", missing + "/sites"),
                Arguments.of("GET", missing + "/sites/" + UUID.randomUUID()),
                Arguments.of("PUT", missing),
                Arguments.of("POST", missing + "/sites"),
                Arguments.of("GET", "/api/v1/customers/dealer-a"),
                Arguments.of("GET", "/api/v1/customers/Dealer-A/Customer-A"),
                Arguments.of("GET", "/api/v1/customers/dealer-a/customer-a/sites/not-a-uuid"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("unknownCustomers")
    void an_unknown_customer_or_site_is_404(String method, String path) {
        var request = given().auth().oauth2(TestCaller.ADMIN.token());
        ValidatableResponse response = switch (method) {
            case "PUT" -> request.contentType(ContentType.JSON).body(update(0)).when().put(path).then();
            case "POST" -> request.contentType(ContentType.JSON).body(site("住院部 3F ICU")).when().post(path).then();
            default -> request.when().get(path).then();
        };
        response.statusCode(404).contentType(PROBLEM);
    }

    @Test
    void a_customer_four_levels_deep_has_its_record_and_sites_at_its_path() {
        String organisation = register(TestCaller.PARTNER_A, unique("dealer-a/customer-a") + "/ward-3");
        given().auth().oauth2(TestCaller.CUSTOMER_A.token()).when().get("/api/v1/customers/" + organisation)
                .then().statusCode(200)
                .body("organisation", equalTo(organisation))
                .body("parentOrganisation", equalTo(organisation.substring(0, organisation.length() - "/ward-3".length())));
        given().auth().oauth2(TestCaller.PARTNER_A.token()).contentType(ContentType.JSON).body(site("手术室"))
                .when().post("/api/v1/customers/" + organisation + "/sites")
                .then().statusCode(201).body("customerOrganisation", equalTo(organisation));
        given().auth().oauth2(TestCaller.PARTNER_A.token()).when().get("/api/v1/customers/" + organisation + "/sites")
                .then().statusCode(200).body("items.name", contains("手术室"));
    }

    @Test
    void a_segment_that_only_begins_with_sites_is_an_ordinary_customer() {
        String organisation = register(TestCaller.AGENT, unique("dealer-a") + "-sites/sites-north");
        given().auth().oauth2(TestCaller.AGENT.token()).when().get("/api/v1/customers/" + organisation)
                .then().statusCode(200).body("organisation", equalTo(organisation));
        given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON).body(site("北院"))
                .when().post("/api/v1/customers/" + organisation + "/sites")
                .then().statusCode(201).body("customerOrganisation", equalTo(organisation));
        given().auth().oauth2(TestCaller.AGENT.token()).when().get("/api/v1/customers/" + organisation + "/sites")
                .then().statusCode(200).body("items.name", contains("北院"));
    }

    @Test
    void the_api_document_names_the_organisation_path_parameter() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths", hasKey("/api/v1/customers/{organisation}"))
                .body("paths", hasKey("/api/v1/customers/{organisation}/sites"))
                .body("paths", hasKey("/api/v1/customers/{organisation}/sites/{id}"));
    }

    @Test
    void without_a_token_every_operation_is_401() {
        String organisation = register(TestCaller.AGENT, unique("dealer-a"));
        String path = "/api/v1/customers/" + organisation;
        given().when().get("/api/v1/customers").then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", "Bearer");
        given().when().get(path).then().statusCode(401).contentType(PROBLEM);
        given().when().get(path + "/sites").then().statusCode(401).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(customer(unique("dealer-a"))).when().post("/api/v1/customers")
                .then().statusCode(401).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(update(0)).when().put(path).then().statusCode(401).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(site("x")).when().post(path + "/sites")
                .then().statusCode(401).contentType(PROBLEM);
        given().auth().oauth2(TestCaller.AGENT.expiredToken()).when().get(path).then().statusCode(401);
    }
}
