package org.aftersales.notification.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.aftersales.notification.delivery.AttemptOutcome;
import org.aftersales.notification.delivery.ProviderRecord;
import org.aftersales.notification.delivery.Sender;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each vendor's client against the stand-in that checks signed requests as the vendor does: what is accepted, what
 * is failed for now (retried) and what is refused for good (not retried), and what each vendor's send records say of
 * an SMS with our reference (the reconciliation of a send cut off before its answer was recorded).
 */
class SmsVendorsTest {

    static final SmsVendorStandIn VENDORS = new SmsVendorStandIn();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final Duration TIMEOUT = Duration.ofSeconds(5);
    static final MobileNumber MANAGER = MobileNumber.of("+86 138 0000 0003").orElseThrow();

    @BeforeEach
    void forget() {
        VENDORS.forgetAll();
    }

    @AfterAll
    static void stop() {
        VENDORS.close();
    }

    @Test
    void aliyun_takes_a_signed_request_with_the_template_code_its_parameters_and_the_number_without_86() {
        String reference = UUID.randomUUID().toString();

        Sender.Delivery delivery = aliyun(SmsVendorStandIn.ALIYUN_SECRET, Clock.systemUTC()).send(sms(reference));

        assertThat(delivery.outcome()).isEqualTo(AttemptOutcome.ACCEPTED);
        assertThat(delivery.detail()).contains("BizId");
        assertThat(VENDORS.received()).containsExactly(new SmsVendorStandIn.Received("aliyun", "13800000003",
                "售后服务", "SMS_153055065", List.of("ref=0b6f2c1e", "target=ON_SITE"), reference));
    }

    @Test
    void tencent_takes_a_signed_request_with_the_parameters_in_order_and_the_number_in_e164() {
        String reference = UUID.randomUUID().toString();

        Sender.Delivery delivery = tencent(SmsVendorStandIn.TENCENT_SECRET_KEY, Clock.systemUTC())
                .send(sms(reference));

        assertThat(delivery.outcome()).isEqualTo(AttemptOutcome.ACCEPTED);
        assertThat(delivery.detail()).contains("SerialNo");
        assertThat(VENDORS.received()).containsExactly(new SmsVendorStandIn.Received("tencent", "+8613800000003",
                "售后服务", "SMS_153055065", List.of("0b6f2c1e", "ON_SITE"), reference));
    }

    @Test
    void a_wrong_secret_or_a_stale_clock_is_refused_by_the_vendor_and_not_retried() {
        Clock stale = Clock.fixed(Instant.now().minus(Duration.ofHours(1)), ZoneOffset.UTC);

        List<Sender.Delivery> deliveries = List.of(
                aliyun("not-the-secret", Clock.systemUTC()).send(sms("a")),
                aliyun(SmsVendorStandIn.ALIYUN_SECRET, stale).send(sms("b")),
                tencent("not-the-key", Clock.systemUTC()).send(sms("c")),
                tencent(SmsVendorStandIn.TENCENT_SECRET_KEY, stale).send(sms("d")));

        assertThat(deliveries).extracting(Sender.Delivery::outcome).containsOnly(AttemptOutcome.REFUSED);
        assertThat(VENDORS.refusedSignatures()).containsExactly("aliyun SignatureDoesNotMatch",
                "aliyun SignatureDoesNotMatch", "tencent AuthFailure.SignatureFailure",
                "tencent AuthFailure.SignatureFailure");
        assertThat(VENDORS.received()).isEmpty();
    }

    @ParameterizedTest(name = "Aliyun {0} {1} → {2}")
    @CsvSource({
            "200, isv.BUSINESS_LIMIT_CONTROL, FAILED",
            "200, isv.DAY_LIMIT_CONTROL,      FAILED",
            "200, isv.AMOUNT_NOT_ENOUGH,      FAILED",
            "500, isp.SYSTEM_ERROR,           FAILED",
            "503, ServiceUnavailable,         FAILED",
            "200, isv.MOBILE_NUMBER_ILLEGAL,  REFUSED",
            "200, isv.TEMPLATE_MISSING_PARAMETERS, REFUSED",
            "200, isv.SMS_TEMPLATE_ILLEGAL,   REFUSED",
            "200, isv.SMS_SIGNATURE_ILLEGAL,  REFUSED",
            "200, isv.BLACK_KEY_CONTROL_LIMIT, REFUSED",
    })
    void aliyun_errors_are_retried_only_when_they_are_for_now(int status, String code, AttemptOutcome outcome) {
        VENDORS.aliyunAnswersNext(status, code);

        Sender.Delivery delivery = aliyun(SmsVendorStandIn.ALIYUN_SECRET, Clock.systemUTC()).send(sms("x"));

        assertThat(delivery.outcome()).isEqualTo(outcome);
        assertThat(delivery.detail()).contains(code);
    }

    @ParameterizedTest(name = "Tencent {0} → {1}")
    @CsvSource({
            "RequestLimitExceeded,                               FAILED",
            "LimitExceeded.PhoneNumberThirtySecondLimit,          FAILED",
            "LimitExceeded.PhoneNumberDailyLimit,                 FAILED",
            "FailedOperation.InsufficientBalanceInSmsPackage,     FAILED",
            "InternalError.Timeout,                               FAILED",
            "InvalidParameterValue.IncorrectPhoneNumber,          REFUSED",
            "FailedOperation.TemplateIncorrectOrUnapproved,       REFUSED",
            "FailedOperation.SignatureIncorrectOrUnapproved,      REFUSED",
            "FailedOperation.PhoneNumberInBlacklist,              REFUSED",
            "UnauthorizedOperation.SmsSdkAppIdVerifyFail,         REFUSED",
    })
    void tencent_errors_are_retried_only_when_they_are_for_now(String code, AttemptOutcome outcome) {
        VENDORS.tencentAnswersNext(code);

        Sender.Delivery delivery = tencent(SmsVendorStandIn.TENCENT_SECRET_KEY, Clock.systemUTC()).send(sms("x"));

        assertThat(delivery.outcome()).isEqualTo(outcome);
        assertThat(delivery.detail()).contains(code);
    }

    @Test
    void a_vendor_down_or_out_of_reach_is_a_failure_for_now() {
        VENDORS.tencentFailsNext(502);
        SmsProvider unreachable = new AliyunSms(aliyunConfig(URI.create("http://127.0.0.1:1/"),
                SmsVendorStandIn.ALIYUN_SECRET), TIMEOUT, HTTP, Clock.systemUTC(), () -> "nonce");

        assertThat(tencent(SmsVendorStandIn.TENCENT_SECRET_KEY, Clock.systemUTC()).send(sms("x")).outcome())
                .isEqualTo(AttemptOutcome.FAILED);
        assertThat(unreachable.send(sms("y")).outcome()).isEqualTo(AttemptOutcome.FAILED);
    }

    @ParameterizedTest(name = "{0} others to the number, ours sent: {1} → {2}, {3} page(s) asked")
    @CsvSource({
            "0,  false, NEVER_GOT_IT, 1",
            "0,  true,  TOOK_IT,      1",
            "3,  false, NEVER_GOT_IT, 1",
            "3,  true,  TOOK_IT,      1",
            "49, true,  TOOK_IT,      1",
            "50, true,  TOOK_IT,      2",
            "50, false, NEVER_GOT_IT, 1",
            "60, true,  TOOK_IT,      2",
            "60, false, NEVER_GOT_IT, 2",
    })
    void aliyuns_send_records_say_whether_it_took_an_sms_with_our_reference(int others, boolean ours,
            ProviderRecord expected, int pages) {
        SmsProvider aliyun = aliyun(SmsVendorStandIn.ALIYUN_SECRET, Clock.systemUTC());
        for (int i = 0; i < others; i++) {
            aliyun.send(sms(UUID.randomUUID().toString()));
        }
        String reference = UUID.randomUUID().toString();
        if (ours) {
            aliyun.send(sms(reference));
        }

        assertThat(aliyun.recordOf(MANAGER, reference, Instant.now())).isEqualTo(expected);
        assertThat(VENDORS.queries()).hasSize(pages).containsOnly("13800000003");
    }

    @Test
    void aliyuns_send_records_out_of_reach_or_refusing_leave_it_unknown_for_now() {
        SmsProvider unreachable = new AliyunSms(aliyunConfig(URI.create("http://127.0.0.1:1/"),
                SmsVendorStandIn.ALIYUN_SECRET), TIMEOUT, HTTP, Clock.systemUTC(), () -> "nonce");
        SmsProvider wrongSecret = aliyun("not-the-secret", Clock.systemUTC());

        assertThatThrownBy(() -> unreachable.recordOf(MANAGER, "r", Instant.now()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("could not be asked");
        assertThatThrownBy(() -> wrongSecret.recordOf(MANAGER, "r", Instant.now()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("SignatureDoesNotMatch");
    }

    @Test
    void tencents_send_records_cannot_be_asked_by_our_reference() {
        SmsProvider tencent = tencent(SmsVendorStandIn.TENCENT_SECRET_KEY, Clock.systemUTC());
        String reference = UUID.randomUUID().toString();
        tencent.send(sms(reference));

        assertThat(tencent.recordOf(MANAGER, reference, Instant.now())).isEqualTo(ProviderRecord.CANNOT_TELL);
        assertThat(VENDORS.queries()).isEmpty();
    }

    static SmsRequest sms(String reference) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("ref", "0b6f2c1e");
        parameters.put("target", "ON_SITE");
        return new SmsRequest(MANAGER, "售后服务", "SMS_153055065", parameters, reference);
    }

    static SmsProvider aliyun(String secret, Clock clock) {
        return new AliyunSms(aliyunConfig(VENDORS.aliyunEndpoint(), secret), TIMEOUT, HTTP, clock,
                () -> UUID.randomUUID().toString());
    }

    static SmsProvider tencent(String key, Clock clock) {
        return new TencentSms(new SmsConfig.Tencent() {
            @Override
            public URI endpoint() {
                return VENDORS.tencentEndpoint();
            }

            @Override
            public Optional<String> secretId() {
                return Optional.of(SmsVendorStandIn.TENCENT_SECRET_ID);
            }

            @Override
            public Optional<String> secretKey() {
                return Optional.of(key);
            }

            @Override
            public Optional<String> sdkAppId() {
                return Optional.of(SmsVendorStandIn.TENCENT_APP);
            }

            @Override
            public String region() {
                return "ap-guangzhou";
            }
        }, TIMEOUT, HTTP, clock);
    }

    static SmsConfig.Aliyun aliyunConfig(URI endpoint, String secret) {
        return new SmsConfig.Aliyun() {
            @Override
            public URI endpoint() {
                return endpoint;
            }

            @Override
            public Optional<String> accessKeyId() {
                return Optional.of(SmsVendorStandIn.ALIYUN_KEY_ID);
            }

            @Override
            public Optional<String> accessKeySecret() {
                return Optional.of(secret);
            }

            @Override
            public String regionId() {
                return "cn-hangzhou";
            }
        };
    }
}
