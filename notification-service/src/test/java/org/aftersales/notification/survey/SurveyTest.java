package org.aftersales.notification.survey;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aftersales.events.CloudEvent;
import org.aftersales.events.EventCodec;
import org.aftersales.events.contract.ContractActivated;
import org.aftersales.events.contract.ContractEvents;
import org.aftersales.events.customer.CustomerChanged;
import org.aftersales.events.customer.CustomerEvents;
import org.aftersales.events.notification.SurveyAnswered;
import org.aftersales.events.notification.SurveyEvents;
import org.aftersales.events.ticket.Contact;
import org.aftersales.events.ticket.FaultLevel;
import org.aftersales.events.ticket.TicketCreated;
import org.aftersales.events.ticket.TicketEvents;
import org.aftersales.events.ticket.TicketStatusChanged;
import org.aftersales.notification.NotificationTestResources;
import org.aftersales.notification.delivery.Channel;
import org.aftersales.notification.delivery.Message;
import org.aftersales.notification.notify.MessageTemplates;
import org.aftersales.platform.installedbase.KnownContract;
import org.aftersales.testing.KafkaTestClient;
import org.aftersales.testing.TestCaller;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Satisfaction surveys on the real broker and database: one per closed ticket, its link in the contact's inbox,
 * answered once without logging in, published with its low score, and reported per engineer and partner by tenant.
 */
@QuarkusTest
@WithTestResource(NotificationTestResources.class)
class SurveyTest {

    static final KafkaTestClient KAFKA = KafkaTestClient.forTestBroker();
    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final String TOPIC = "aftersales.survey";
    static final Pattern TOKEN = Pattern.compile("/api/v1/surveys/([A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)");
    static final String CONTACT_PHONE = "+86 10 8765 4321";

    @Inject
    EntityManager entityManager;

    @Inject
    MessageTemplates templates;

    @Test
    void a_closed_ticket_sends_one_survey_to_its_contact_however_often_it_is_closed_or_redelivered() {
        UUID ticket = UUID.randomUUID();
        publish(created(ticket, "dealer-a/customer-a", "SN-SURVEY"));
        CloudEvent<TicketStatusChanged> closed = closed(ticket, "dealer-a/customer-a", "engineer");
        publish(closed);
        publish(closed);
        publish(closed(ticket, "dealer-a/customer-a", "engineer"));
        // Same key, same partition: once a later ticket's survey is there, every copy above was consumed.
        UUID later = closeTicket("dealer-a/customer-a", "engineer");
        awaitSurvey(later);

        List<Survey> surveys = surveysOf(ticket);
        assertThat(surveys).hasSize(1);
        Survey survey = surveys.getFirst();
        assertThat(survey.engineer).isEqualTo("engineer");
        assertThat(survey.deviceSerial).isEqualTo("SN-SURVEY");
        assertThat(survey.partnerOrganisation).isEqualTo("dealer-a");
        assertThat(Duration.between(survey.sentAt, survey.expiresAt)).isEqualTo(Duration.ofDays(30));

        Message link = linkMessage(survey);
        assertThat(link.recipient).isEqualTo("contact:" + CONTACT_PHONE);
        assertThat(link.channel).isEqualTo(Channel.IN_APP);
        assertThat(link.address).isEqualTo("dealer-a/customer-a");
        assertThat(link.template).isEqualTo("messages/survey.invitation");
        assertThat(link.language).isEqualTo("zh-CN");
        assertThat(link.body).startsWith("赵工，您好").contains("http://localhost:8080/api/v1/surveys/");
        String token = tokenIn(link);
        assertThat(survey.tokenHash).isEqualTo(SurveyToken.hash(token)).doesNotContain(token);

        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(TestCaller.CUSTOMER_A.token())
                .when().get("/api/v1/notifications?size=200")
                .then().statusCode(200)
                .body("items.findAll { it.subject == '%s' }.eventType".formatted(ticket),
                        hasItem(Surveys.INVITATION)));
        given().auth().oauth2(TestCaller.CUSTOMER_B.token())
                .when().get("/api/v1/notifications?size=200")
                .then().statusCode(200)
                .body("items.findAll { it.subject == '%s' }".formatted(ticket), equalTo(List.of()));
    }

    @Test
    void the_link_also_goes_by_email_when_the_customer_archive_gives_the_contact_an_address() {
        String organisation = "dealer-a/customer-se-" + UUID.randomUUID().toString().substring(0, 8);
        String email = "zhao-" + UUID.randomUUID().toString().substring(0, 8) + "@hospital.example.cn";
        CustomerChanged archived = new CustomerChanged(UUID.randomUUID(), organisation, "某某医院", null, false,
                List.of(new CustomerChanged.Contact("赵工", "设备科", CONTACT_PHONE.replace(" ", "-"), email, null)), 0,
                "agent", Instant.now());
        KAFKA.publish(CustomerEvents.REGISTERED, CloudEvent.of(CustomerEvents.REGISTERED, "/warranty-service",
                archived.customerId().toString(), Instant.now(), archived));
        await().atMost(PATIENCE).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> !entityManager.createNativeQuery("select 1 from customer_copy where organisation = ?1")
                        .setParameter(1, organisation).getResultList().isEmpty()));

        Survey survey = awaitSurvey(closeTicket(organisation, "engineer"));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(QuarkusTransaction.requiringNew()
                .call(() -> Message.<Message>list("eventId", survey.id)))
                .extracting(m -> m.channel + " " + m.address + " " + m.state)
                .containsExactlyInAnyOrder("IN_APP " + organisation + " SENT", "EMAIL " + email + " SENT"));
        Message mail = QuarkusTransaction.requiringNew().call(() -> Message.<Message>list("eventId = ?1 and channel = ?2",
                survey.id, Channel.EMAIL)).getFirst();
        assertThat(tokenIn(mail)).isEqualTo(tokenIn(linkMessage(survey)));
        assertThat(mail.recipient).isEqualTo("contact:" + CONTACT_PHONE);
    }

    @Test
    void the_link_opens_the_questions_and_takes_one_answer_without_logging_in() {
        UUID ticket = closeTicket("dealer-a/customer-a", "engineer");
        String token = tokenIn(linkMessage(awaitSurvey(ticket)));

        given().when().get("/api/v1/surveys/{token}", token)
                .then().statusCode(200)
                .body("ticketId", equalTo(ticket.toString()))
                .body("questions.id", contains("response-speed", "attitude", "result", "overall"))
                .body("questions.find { it.id == 'attitude' }.text.'zh-CN'", equalTo("服务态度：工程师的服务态度如何？"))
                .body("lowestScore", equalTo(1))
                .body("highestScore", equalTo(5));

        answer(token, scores(5, 4, 4, 4), "工程师很专业").then().statusCode(204);
        answer(token, scores(1, 1, 1, 1), "再答一次")
                .then().statusCode(409).contentType("application/problem+json");
        given().when().get("/api/v1/surveys/{token}", token)
                .then().statusCode(409).contentType("application/problem+json");

        Survey answered = surveysOf(ticket).getFirst();
        assertThat(answered.state).isEqualTo(Survey.State.ANSWERED);
        assertThat(answered.overall).isEqualTo(4);
        assertThat(answered.comment).isEqualTo("工程师很专业");
        assertThat(scoresStored(answered.id)).isEqualTo(4);
    }

    @Test
    void an_answer_is_published_low_at_or_below_two_overall_and_not_above() {
        UUID low = closeTicket("dealer-a/customer-a", "engineer");
        UUID high = closeTicket("dealer-a/customer-a", "engineer");
        Survey lowSurvey = awaitSurvey(low);
        Survey highSurvey = awaitSurvey(high);

        answer(tokenIn(linkMessage(lowSurvey)), scores(2, 4, 1, 2), "等了两天才到现场").then().statusCode(204);
        answer(tokenIn(linkMessage(highSurvey)), scores(4, 5, 4, 3), null).then().statusCode(204);

        SurveyAnswered lowAnswer = published(lowSurvey.id);
        assertThat(lowAnswer.lowScore()).isTrue();
        assertThat(lowAnswer.overall()).isEqualTo(2);
        assertThat(lowAnswer.ticketId()).isEqualTo(low);
        assertThat(lowAnswer.engineer()).isEqualTo("engineer");
        assertThat(lowAnswer.deviceSerial()).isEqualTo("SN-SURVEY");
        assertThat(lowAnswer.customerOrganisation()).isEqualTo("dealer-a/customer-a");
        assertThat(lowAnswer.scores()).isEqualTo(Map.of("response-speed", 2, "attitude", 4, "result", 1,
                "overall", 2));
        assertThat(lowAnswer.comment()).isEqualTo("等了两天才到现场");
        SurveyAnswered highAnswer = published(highSurvey.id);
        assertThat(highAnswer.lowScore()).isFalse();
        assertThat(highAnswer.overall()).isEqualTo(3);
    }

    @Test
    void a_forged_altered_or_unknown_token_finds_no_survey() {
        UUID ticket = closeTicket("dealer-a/customer-a", "engineer");
        Survey survey = awaitSurvey(ticket);
        String token = tokenIn(linkMessage(survey));
        String[] parts = token.split("\\.");
        List<String> forged = List.of(
                new SurveyToken("somebody-else's-secret-of-32-characters-or-more").issue(survey.id, survey.expiresAt),
                new SurveyToken("somebody-else's-secret-of-32-characters-or-more")
                        .issue(UUID.randomUUID(), survey.expiresAt),
                parts[0] + "." + parts[1].substring(1) + "A",
                "abc.def",
                "nothing-like-a-token");

        for (String attempt : forged) {
            given().when().get("/api/v1/surveys/{token}", attempt)
                    .then().statusCode(404).contentType("application/problem+json");
            answer(attempt, scores(5, 5, 5, 5), null).then().statusCode(404).contentType("application/problem+json");
        }
        assertThat(surveysOf(ticket).getFirst().state).isEqualTo(Survey.State.SENT);
    }

    @Test
    void a_survey_can_be_answered_until_it_expires_and_not_after() {
        UUID ticket = closeTicket("dealer-a/customer-a", "engineer");
        Survey survey = awaitSurvey(ticket);
        String token = tokenIn(linkMessage(survey));
        try {
            set(survey.expiresAt.minusSeconds(1));
            given().when().get("/api/v1/surveys/{token}", token).then().statusCode(200);
            set(survey.expiresAt);
            given().when().get("/api/v1/surveys/{token}", token)
                    .then().statusCode(410).contentType("application/problem+json");
            answer(token, scores(5, 5, 5, 5), null).then().statusCode(410).contentType("application/problem+json");
        } finally {
            set(null);
        }
        assertThat(surveysOf(ticket).getFirst().state).isEqualTo(Survey.State.SENT);
    }

    @Test
    void two_answers_at_once_record_one_and_refuse_the_other_with_409() throws Exception {
        UUID ticket = closeTicket("dealer-a/customer-a", "engineer");
        String token = tokenIn(linkMessage(awaitSurvey(ticket)));
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> racing = List.of(scores(5, 5, 5, 5), scores(1, 1, 1, 1)).stream()
                .map(scores -> CompletableFuture.supplyAsync(() -> {
                    awaitQuietly(start);
                    return answer(token, scores, null).statusCode();
                })).toList();
        start.countDown();

        assertThat(racing.stream().map(CompletableFuture::join).sorted().toList()).containsExactly(204, 409);
        assertThat(scoresStored(surveysOf(ticket).getFirst().id)).isEqualTo(4);
    }

    @Test
    void the_link_message_renders_in_chinese_and_english() {
        Map<String, Object> model = Map.of("recipient", "赵工", "ref", "0b6f2c1e",
                "link", "http://localhost:8080/api/v1/surveys/abc.def",
                "expiresAt", Instant.parse("2027-01-03T00:00:00Z"));
        for (String language : List.of("zh-CN", "en")) {
            MessageTemplates.Rendered rendered = templates.render(Surveys.INVITATION, language, model);

            assertThat(rendered.language()).isEqualTo(language);
            assertThat(rendered.template()).isEqualTo("messages/survey.invitation");
            assertThat(rendered.title()).contains("0b6f2c1e").doesNotContain("null", "\n");
            assertThat(rendered.body()).startsWith(language.equals("en") ? "Dear 赵工" : "赵工")
                    .contains("http://localhost:8080/api/v1/surveys/abc.def", "2027-01-03T00:00:00Z")
                    .doesNotContain("null", "{", "}");
        }
    }

    /** A bad answer. */
    record BadAnswer(String what, Object body, String field) {
    }

    @Test
    void a_bad_answer_is_refused_naming_its_field_and_stores_nothing() {
        UUID ticket = closeTicket("dealer-a/customer-a", "engineer");
        Survey survey = awaitSurvey(ticket);
        String token = tokenIn(linkMessage(survey));
        Map<String, Object> unknownQuestion = new HashMap<>(scores(3, 3, 3, 3));
        unknownQuestion.put("price", 3);
        Map<String, Object> missingOverall = new HashMap<>(scores(3, 3, 3, 3));
        missingOverall.remove("overall");
        List<BadAnswer> table = List.of(
                new BadAnswer("a score of 0", Map.of("scores", scores(0, 3, 3, 3)), "scores.response-speed"),
                new BadAnswer("a score of 6", Map.of("scores", scores(3, 6, 3, 3)), "scores.attitude"),
                new BadAnswer("a negative score", Map.of("scores", scores(3, 3, -1, 3)), "scores.result"),
                new BadAnswer("no overall score", Map.of("scores", missingOverall), "scores.overall"),
                new BadAnswer("an unknown question", Map.of("scores", unknownQuestion), "scores.price"),
                new BadAnswer("no scores", Map.of("comment", "好"), "scores"),
                new BadAnswer("a fraction", Map.of("scores", Map.of("response-speed", 3, "attitude", 3,
                        "result", 3, "overall", 3.5)), "scores.overall"),
                new BadAnswer("a score as text", Map.of("scores", Map.of("response-speed", 3, "attitude", "five",
                        "result", 3, "overall", 3)), "scores.attitude"),
                new BadAnswer("a comment too long", Map.of("scores", scores(3, 3, 3, 3), "comment", "好".repeat(2001)),
                        "comment"),
                new BadAnswer("an unknown field", Map.of("scores", scores(3, 3, 3, 3), "rating", 5), "rating"));

        for (BadAnswer bad : table) {
            given().contentType("application/json").body(bad.body())
                    .when().post("/api/v1/surveys/{token}/answers", token)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem(bad.field()));
        }
        Survey after = surveysOf(ticket).getFirst();
        assertThat(after.state).isEqualTo(Survey.State.SENT);
        assertThat(scoresStored(after.id)).isZero();
        answer(token, scores(3, 3, 3, 3), null).then().statusCode(204);
    }

    @Test
    void scores_are_reported_per_engineer_and_partner_and_each_partner_sees_only_its_own() {
        String one = "engineer-" + UUID.randomUUID().toString().substring(0, 8);
        String two = "engineer-" + UUID.randomUUID().toString().substring(0, 8);
        String stranger = "engineer-" + UUID.randomUUID().toString().substring(0, 8);
        answerSurvey("dealer-a/customer-a", one, scores(5, 4, 5, 4));
        answerSurvey("dealer-a/customer-a", one, scores(3, 2, 1, 2));
        answerSurvey("dealer-a/customer-a", two, scores(5, 5, 5, 5));
        answerSurvey("dealer-b/customer-b", stranger, scores(1, 1, 1, 1));
        String today = LocalDate.now(ZoneOffset.ofHours(8)).toString();

        JsonPath byEngineer = report(TestCaller.MANAGER, "by=ENGINEER&from=" + today + "&to=" + today)
                .setRootPath("groups.find { it.key == '%s' }".formatted(one));
        assertThat(byEngineer.getLong("answered")).isEqualTo(2);
        assertThat(byEngineer.getLong("lowScores")).isEqualTo(1);
        assertThat(byEngineer.getDouble("averages.'response-speed'")).isEqualTo(4.0);
        assertThat(byEngineer.getDouble("averages.attitude")).isEqualTo(3.0);
        assertThat(byEngineer.getDouble("averages.result")).isEqualTo(3.0);
        assertThat(byEngineer.getDouble("averages.overall")).isEqualTo(3.0);
        JsonPath second = report(TestCaller.QUALITY, "by=ENGINEER")
                .setRootPath("groups.find { it.key == '%s' }".formatted(two));
        assertThat(second.getLong("answered")).isEqualTo(1);
        assertThat(second.getLong("lowScores")).isZero();
        assertThat(second.getDouble("averages.overall")).isEqualTo(5.0);

        assertThat(report(TestCaller.MANAGER, "by=PARTNER").getList("groups.key", String.class))
                .contains("dealer-a", "dealer-b");
        assertThat(report(TestCaller.PARTNER_B, "by=PARTNER").getList("groups.key", String.class))
                .containsExactly("dealer-b");
        assertThat(report(TestCaller.PARTNER_B, "by=ENGINEER").getList("groups.key", String.class))
                .contains(stranger).doesNotContain(one, two);
        assertThat(report(TestCaller.PARTNER_A, "by=ENGINEER").getList("groups.key", String.class))
                .contains(one, two).doesNotContain(stranger);
        String tomorrow = LocalDate.now(ZoneOffset.ofHours(8)).plusDays(1).toString();
        assertThat(report(TestCaller.MANAGER, "by=ENGINEER&from=" + tomorrow).getList("groups.key", String.class))
                .doesNotContain(one, two, stranger);
    }

    @Test
    void scores_are_reported_per_contract_in_force_when_the_ticket_closed() {
        String organisation = "dealer-a/customer-sc-" + UUID.randomUUID().toString().substring(0, 8);
        String serial = "SN-SC-" + UUID.randomUUID().toString().substring(0, 8);
        String deviceContract = activateContract(organisation, List.of(serial));
        String organisationContract = activateContract(organisation, List.of());

        answerSurvey(organisation, "engineer", serial, scores(5, 5, 5, 5));
        answerSurvey(organisation, "engineer", serial, scores(3, 3, 3, 1));
        answerSurvey(organisation, "engineer", "SN-SC-OTHER", scores(4, 4, 4, 4));
        String unknown = "dealer-a/customer-sc-none-" + UUID.randomUUID().toString().substring(0, 8);
        answerSurvey(unknown, "engineer", serial, scores(2, 2, 2, 2));

        JsonPath report = report(TestCaller.MANAGER, "by=CONTRACT");
        JsonPath device = report.setRootPath("groups.find { it.key == '%s' }".formatted(deviceContract));
        assertThat(device.getLong("answered")).as("the contract naming the ticket's device").isEqualTo(2);
        assertThat(device.getLong("lowScores")).isEqualTo(1);
        assertThat(device.getDouble("averages.overall")).isEqualTo(3.0);
        assertThat(report(TestCaller.MANAGER, "by=CONTRACT").getList("groups.key", String.class))
                .as("a ticket whose device no contract names counts under the empty key, as ticket-service has it "
                        + "under none").contains("").doesNotContain(organisationContract);
        assertThat(report(TestCaller.PARTNER_B, "by=CONTRACT").getList("groups.key", String.class))
                .doesNotContain(deviceContract, organisationContract);
    }

    /** Activates a contract of the organisation (for the devices named, or all when none) and waits until it is kept. */
    private static String activateContract(String organisation, List<String> serials) {
        UUID id = UUID.randomUUID();
        String number = "HT-SC-" + id.toString().substring(0, 8);
        LocalDate today = LocalDate.now(ZoneOffset.ofHours(8));
        KAFKA.publish(ContractEvents.ACTIVATED, CloudEvent.of(ContractEvents.ACTIVATED, "/warranty-service",
                id.toString(), Instant.now(), new ContractActivated(id, number, organisation, serials,
                        today.minusDays(30), null, "test-commitment", 1,
                        new ContractActivated.ServiceCalendar("ALWAYS", "Asia/Shanghai", null, null, "CN"), List.of(),
                        List.of(), List.of(), null, List.of(), Instant.now(), List.of(), List.of(), null, null, null,
                        null, null)));
        await().atMost(PATIENCE).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> KnownContract.findById(id) != null));
        return number;
    }

    @Test
    void the_report_needs_a_token_a_role_and_valid_parameters() {
        given().when().get("/api/v1/surveys/scores?by=ENGINEER")
                .then().statusCode(401).contentType("application/problem+json");
        for (TestCaller refused : List.of(TestCaller.CUSTOMER_A, TestCaller.ENGINEER, TestCaller.AGENT)) {
            given().auth().oauth2(refused.token()).when().get("/api/v1/surveys/scores?by=ENGINEER")
                    .then().statusCode(403).contentType("application/problem+json");
        }
        Map<String, String> refusedQueries = Map.of(
                "from=2026-01-01", "by",
                "by=DEVICE", "by",
                "by=engineer", "by",
                "by=ENGINEER&from=yesterday", "from",
                "by=PARTNER&to=2026-13-01", "to",
                "by=PARTNER&from=2026-03-02&to=2026-03-01", "to");
        refusedQueries.forEach((query, field) -> given().auth().oauth2(TestCaller.MANAGER.token())
                .when().get("/api/v1/surveys/scores?" + query)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field)));
    }

    private void answerSurvey(String organisation, String engineer, Map<String, Object> scores) {
        answerSurvey(organisation, engineer, "SN-SURVEY", scores);
    }

    private void answerSurvey(String organisation, String engineer, String serial, Map<String, Object> scores) {
        Survey survey = awaitSurvey(closeTicket(organisation, engineer, serial));
        answer(tokenIn(linkMessage(survey)), scores, null).then().statusCode(204);
    }

    private static JsonPath report(TestCaller who, String query) {
        return given().auth().oauth2(who.token()).when().get("/api/v1/surveys/scores?" + query)
                .then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> scores(int speed, int attitude, int result, int overall) {
        return Map.of("response-speed", speed, "attitude", attitude, "result", result, "overall", overall);
    }

    private static Response answer(String token, Map<String, Object> scores, String comment) {
        Map<String, Object> body = new HashMap<>();
        body.put("scores", scores);
        if (comment != null) {
            body.put("comment", comment);
        }
        return given().contentType("application/json").body(body)
                .when().post("/api/v1/surveys/{token}/answers", token);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static SurveyAnswered published(UUID survey) {
        ConsumerRecord<String, String> record = KAFKA.awaitRecords(TOPIC, r -> survey.toString().equals(r.key()),
                1, PATIENCE).getFirst();
        return EventCodec.payload(EventCodec.decode(record.value()), SurveyEvents.ANSWERED);
    }

    private static void set(Instant now) {
        QuarkusMock.installMockForType(now == null ? Clock.systemUTC() : Clock.fixed(now, ZoneOffset.UTC),
                Clock.class);
    }

    private static String tokenIn(Message message) {
        Matcher matcher = TOKEN.matcher(message.body);
        assertThat(matcher.find()).as(message.body).isTrue();
        return matcher.group(1);
    }

    private static Message linkMessage(Survey survey) {
        return QuarkusTransaction.requiringNew().call(() -> Message.<Message>list("eventId = ?1 and channel = ?2",
                survey.id, Channel.IN_APP)).getFirst();
    }

    private static Survey awaitSurvey(UUID ticket) {
        await().atMost(PATIENCE).until(() -> !surveysOf(ticket).isEmpty());
        return surveysOf(ticket).getFirst();
    }

    private static List<Survey> surveysOf(UUID ticket) {
        return QuarkusTransaction.requiringNew().call(() -> Survey.<Survey>list("ticketId", ticket));
    }

    private long scoresStored(UUID survey) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from survey_score where survey_id = ?1")
                .setParameter(1, survey).getSingleResult()).longValue());
    }

    private static UUID closeTicket(String organisation, String engineer) {
        return closeTicket(organisation, engineer, "SN-SURVEY");
    }

    private static UUID closeTicket(String organisation, String engineer, String serial) {
        UUID ticket = UUID.randomUUID();
        publish(created(ticket, organisation, serial));
        publish(closed(ticket, organisation, engineer));
        return ticket;
    }

    private static CloudEvent<TicketCreated> created(UUID ticket, String organisation, String serial) {
        Instant now = Instant.now();
        return CloudEvent.of(TicketEvents.CREATED, "/ticket-service", ticket.toString(), now,
                new TicketCreated(ticket, organisation, serial, FaultLevel.MINOR, "异响",
                        new Contact("赵工", CONTACT_PHONE, null, null), "agent", now, "FAULT", null, null));
    }

    private static CloudEvent<TicketStatusChanged> closed(UUID ticket, String organisation, String engineer) {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return CloudEvent.of(TicketEvents.CLOSED, "/ticket-service", ticket.toString(), at,
                new TicketStatusChanged(ticket, organisation, "CLOSE", "CONFIRMED", "CLOSED", null, "agent", at,
                        engineer, null));
    }

    private static void publish(CloudEvent<?> event) {
        KAFKA.publish(TicketEvents.CREATED, event);
    }
}
