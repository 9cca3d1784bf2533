package org.aftersales.complaint.handling;

import static io.restassured.RestAssured.given;

import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.aftersales.testing.TestCaller;

/** A complaint under test, registered through the API, with its latest ETag. */
public final class Complaints {

    public static final String VALID = """
            {"customerOrganisation": "dealer-a/customer-a",
             "complainant": {"name": "李女士", "phone": "+86 139 0000 0001", "email": "li@example.com",
                             "occupation": "护士长", "organisation": "市第一医院"},
             "product": {"name": "监护仪", "model": "PM-9000", "packaging": "纸箱", "quantity": 3,
                         "lotNumber": "LOT-2026-07", "placeOfPurchase": "经销商A"},
             "reason": "同一批次三台开机黑屏",
             "circumstances": {"purchase": "2026年3月经销商处购买", "storage": "库房常温", "use": "病房日常使用"},
             "channel": "PHONE", "category": "PRODUCT_QUALITY"}""";

    /** Files are sent with their own Content-Type, without the charset rest-assured would add to it. */
    public static final RestAssuredConfig FILES = RestAssuredConfig.config().encoderConfig(
            EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    public final String id;
    public String etag;

    private Complaints(String id, String etag) {
        this.id = id;
        this.etag = etag;
    }

    public static Complaints register(TestCaller caller, String body) {
        Response created = given().auth().oauth2(caller.token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/complaints").then().statusCode(201).extract().response();
        return new Complaints(created.path("id"), created.header("ETag"));
    }

    public static Complaints registered() {
        return register(TestCaller.CUSTOMER_A, VALID);
    }

    public Response act(TestCaller caller, String body) {
        Response response = given().auth().oauth2(caller.token()).contentType(ContentType.JSON)
                .header("If-Match", etag).body(body).when().post("/api/v1/complaints/{id}/transitions", id);
        if (response.statusCode() == 200) {
            etag = response.header("ETag");
        }
        return response;
    }

    public Response contact() {
        return act(TestCaller.AGENT, "{\"action\": \"CONTACT\", \"promisedReplyAt\": \""
                + Instant.now().plus(2, ChronoUnit.HOURS) + "\"}");
    }

    public Response investigate() {
        return act(TestCaller.QUALITY, """
                {"action": "INVESTIGATE", "investigation": {"department": "QUALITY", "investigator": "张工"}}""");
    }

    public Response determine(String qualityProblem) {
        return act(TestCaller.QUALITY, """
                {"action": "DETERMINE", "determination": {"findings": "电源板电容鼓包", "rootCause": "MATERIAL_DEFECT",
                 "rootCauseDetail": "供应商批次电容", "qualityProblem": "%s", "remedy": "FREE_EXCHANGE",
                 "solution": "免费更换三台，运费由公司承担"}}""".formatted(qualityProblem));
    }

    public Response attachPhoto() {
        return given().config(FILES).auth().oauth2(TestCaller.QUALITY.token()).contentType("image/jpeg")
                .queryParam("kind", "PHOTO").queryParam("fileName", "现场.jpg").body(new byte[] {1, 2, 3})
                .when().post("/api/v1/complaints/{id}/attachments", id);
    }

    /** Received → contacted → investigating → determined → approved → in progress → solved. */
    public Complaints solved() {
        contact().then().statusCode(200);
        investigate().then().statusCode(200);
        determine("NO").then().statusCode(200);
        act(TestCaller.MANAGER, "{\"action\": \"APPROVE\"}").then().statusCode(200);
        act(TestCaller.AGENT, "{\"action\": \"START_SOLUTION\"}").then().statusCode(200);
        act(TestCaller.AGENT, "{\"action\": \"SOLVE\"}").then().statusCode(200);
        return this;
    }

    public Response read(TestCaller caller) {
        return given().auth().oauth2(caller.token()).when().get("/api/v1/complaints/{id}", id);
    }
}
