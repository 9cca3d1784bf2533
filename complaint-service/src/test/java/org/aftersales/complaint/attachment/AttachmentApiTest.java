package org.aftersales.complaint.attachment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.aftersales.complaint.handling.Complaints;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class AttachmentApiTest {

    static final byte[] LETTER = "投诉信：三台监护仪黑屏".getBytes(StandardCharsets.UTF_8);

    static Response upload(TestCaller caller, Complaints complaint, String kind, String fileName, String type,
            byte[] content) {
        return upload(caller, null, complaint, kind, fileName, type, content);
    }

    static Response upload(TestCaller caller, String idempotencyKey, Complaints complaint, String kind,
            String fileName, String type, byte[] content) {
        var request = given().config(Complaints.FILES).auth().oauth2(caller.token()).contentType(type).body(content);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (kind != null) {
            request.queryParam("kind", kind);
        }
        if (fileName != null) {
            request.queryParam("fileName", fileName);
        }
        return request.when().post("/api/v1/complaints/{id}/attachments", complaint.id);
    }

    @Test
    void evidence_is_stored_with_type_size_and_checksum_and_downloaded_unchanged() {
        Complaints complaint = Complaints.registered();
        String id = upload(TestCaller.CUSTOMER_A, complaint, "DOCUMENT", "投诉信.txt", "text/plain", LETTER)
                .then().statusCode(201)
                .body("sizeBytes", equalTo(LETTER.length))
                .body("sha256", equalTo(Attachments.sha256(LETTER)))
                .body("mediaType", equalTo("text/plain"))
                .body("uploadedBy", equalTo("customer-a"))
                .extract().path("id");

        given().auth().oauth2(TestCaller.PARTNER_A.token()).when().get("/api/v1/complaints/{id}/attachments",
                complaint.id).then().statusCode(200).body("id", hasItem(id)).body("[0].fileName", equalTo("投诉信.txt"));
        byte[] downloaded = given().auth().oauth2(TestCaller.QUALITY.token())
                .when().get("/api/v1/complaints/{id}/attachments/{a}", complaint.id, id)
                .then().statusCode(200).contentType("text/plain").header("X-Content-SHA256",
                        equalTo(Attachments.sha256(LETTER)))
                .extract().asByteArray();
        assertThat(downloaded).isEqualTo(LETTER);
    }

    @Test
    void a_keyed_upload_sent_again_with_the_same_bytes_answers_the_first_result_and_stores_one_file() {
        Complaints complaint = Complaints.registered();
        String key = "upload-" + UUID.randomUUID();
        Response first = upload(TestCaller.AGENT, key, complaint, "DOCUMENT", "投诉信.txt", "text/plain", LETTER);
        first.then().statusCode(201);

        upload(TestCaller.AGENT, key, complaint, "DOCUMENT", "投诉信.txt", "text/plain", LETTER.clone())
                .then().statusCode(201)
                .header("Location", equalTo(first.header("Location")))
                .body("id", equalTo(first.path("id")))
                .body("sha256", equalTo(Attachments.sha256(LETTER)));
        given().auth().oauth2(TestCaller.AGENT.token()).when().get("/api/v1/complaints/{id}/attachments",
                complaint.id).then().statusCode(200).body("size()", equalTo(1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "other bytes, same length | DOCUMENT | 投诉信.txt | text/plain | 投诉信：三台监护仪白屏",
        "other bytes, longer      | DOCUMENT | 投诉信.txt | text/plain | 投诉信：三台监护仪黑屏。",
        "other file name          | DOCUMENT | 信.txt    | text/plain | 投诉信：三台监护仪黑屏",
        "other kind               | PHOTO    | 投诉信.txt | image/png  | 投诉信：三台监护仪黑屏",
        "other type               | DOCUMENT | 投诉信.txt | application/pdf | 投诉信：三台监护仪黑屏",
    })
    void a_keyed_upload_reused_for_another_body_is_422_naming_the_header_and_stores_nothing(String name,
            String kind, String fileName, String type, String content) {
        Complaints complaint = Complaints.registered();
        String key = "upload-" + UUID.randomUUID();
        upload(TestCaller.AGENT, key, complaint, "DOCUMENT", "投诉信.txt", "text/plain", LETTER)
                .then().statusCode(201);

        upload(TestCaller.AGENT, key, complaint, kind, fileName, type, content.getBytes(StandardCharsets.UTF_8))
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("Idempotency-Key"));
        given().auth().oauth2(TestCaller.AGENT.token()).when().get("/api/v1/complaints/{id}/attachments",
                complaint.id).then().statusCode(200).body("size()", equalTo(1));
    }

    @Test
    void a_refused_keyed_upload_stores_no_key_so_its_corrected_retry_is_stored() {
        Complaints complaint = Complaints.registered();
        String key = "upload-" + UUID.randomUUID();
        upload(TestCaller.AGENT, key, complaint, "PHOTO", "empty.jpg", "image/jpeg", new byte[0])
                .then().statusCode(400);
        upload(TestCaller.AGENT, key, complaint, "PHOTO", "a.jpg", "image/jpeg", new byte[] {1, 2, 3})
                .then().statusCode(201).body("sizeBytes", equalTo(3));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "no kind           |          | a.txt   | text/plain      | kind",
        "unknown kind      | VIDEO    | a.txt   | text/plain      | kind",
        "no file name      | DOCUMENT |         | text/plain      | fileName",
        "path in the name  | DOCUMENT | ../a.sh | text/plain      | fileName",
        "type not allowed  | DOCUMENT | a.exe   | application/x-msdownload | Content-Type",
        "photo not image   | PHOTO    | a.pdf   | application/pdf | Content-Type",
    })
    void bad_uploads_are_400_naming_the_field(String name, String kind, String fileName, String type,
            String field) {
        Complaints complaint = Complaints.registered();
        upload(TestCaller.AGENT, complaint, kind, fileName, type, LETTER).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field));
        given().auth().oauth2(TestCaller.AGENT.token()).when().get("/api/v1/complaints/{id}/attachments",
                complaint.id).then().body("size()", equalTo(0));
    }

    @Test
    void a_file_over_the_limit_is_413_and_an_empty_one_400() {
        Complaints complaint = Complaints.registered();
        upload(TestCaller.AGENT, complaint, "PHOTO", "big.jpg", "image/jpeg", new byte[10 * 1024 * 1024 + 1])
                .then().statusCode(413).contentType("application/problem+json").body("errors.field", hasItem("body"));
        upload(TestCaller.AGENT, complaint, "PHOTO", "empty.jpg", "image/jpeg", new byte[0])
                .then().statusCode(400);
    }

    @Test
    void attachments_follow_the_complaints_tenancy_and_roles() {
        Complaints complaint = Complaints.registered();
        String id = upload(TestCaller.CUSTOMER_A, complaint, "PHOTO", "a.jpg", "image/jpeg", new byte[] {1})
                .then().statusCode(201).extract().path("id");

        upload(TestCaller.CUSTOMER_B, complaint, "PHOTO", "b.jpg", "image/jpeg", new byte[] {1}).then().statusCode(404);
        upload(TestCaller.ENGINEER, complaint, "PHOTO", "b.jpg", "image/jpeg", new byte[] {1}).then().statusCode(403);
        given().when().get("/api/v1/complaints/{id}/attachments", complaint.id).then().statusCode(401);
        given().auth().oauth2(TestCaller.CUSTOMER_B.token())
                .when().get("/api/v1/complaints/{id}/attachments/{a}", complaint.id, id).then().statusCode(404);
        given().auth().oauth2(TestCaller.CUSTOMER_B.token())
                .when().get("/api/v1/complaints/{id}/attachments", complaint.id).then().statusCode(404);
        Complaints other = Complaints.registered();
        given().auth().oauth2(TestCaller.CUSTOMER_A.token())
                .when().get("/api/v1/complaints/{id}/attachments/{a}", other.id, id).then().statusCode(404);
    }
}
