package org.aftersales.notification.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The vendors' request signatures against test vectors. The expected values were computed apart from this code, by
 * Python's standard library (hmac, hashlib, urllib.parse.quote) following each vendor's published algorithm, so a
 * mistake shared by the signer and this test cannot pass.
 */
class SmsSigningTest {

    @Test
    void aliyun_signs_the_sorted_percent_encoded_parameters_with_hmac_sha1() {
        TreeMap<String, String> parameters = new TreeMap<>(Map.ofEntries(
                Map.entry("AccessKeyId", "testid"),
                Map.entry("Action", "SendSms"),
                Map.entry("Format", "JSON"),
                Map.entry("OutId", "7d2e9a41-3b5c"),
                Map.entry("PhoneNumbers", "13800000003"),
                Map.entry("RegionId", "cn-hangzhou"),
                Map.entry("SignName", "售后服务"),
                Map.entry("SignatureMethod", "HMAC-SHA1"),
                Map.entry("SignatureNonce", "45e25e9b-0a6f-4070-8c85-2956eda1b466"),
                Map.entry("SignatureVersion", "1.0"),
                Map.entry("TemplateCode", "SMS_153055065"),
                Map.entry("TemplateParam", "{\"ref\":\"0b6f2c1e\",\"target\":\"ON_SITE\"}"),
                Map.entry("Timestamp", "2026-11-22T04:00:00Z"),
                Map.entry("Version", "2017-05-25")));

        assertThat(AliyunSms.signature("POST", parameters, "testsecret")).isEqualTo("ukaHvvrB5GWK0k7SIg+JIBzRXh8=");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "abc-_.~        | abc-_.~",
            "a b            | a%20b",
            "a*b            | a%2Ab",
            "a+b            | a%2Bb",
            "售             | %E5%94%AE",
            "/              | %2F",
            "{\"k\":\"v\"}  | %7B%22k%22%3A%22v%22%7D",
    })
    void aliyun_percent_encodes_as_rfc_3986(String raw, String encoded) {
        assertThat(AliyunSms.percentEncode(raw)).isEqualTo(encoded);
    }

    @Test
    void tencent_signs_the_canonical_request_with_the_derived_tc3_key() {
        String payload = "{\"PhoneNumberSet\":[\"+8613800000003\"],\"SmsSdkAppId\":\"1400006666\",\"SignName\":\"售后服务\","
                + "\"TemplateId\":\"1110\",\"TemplateParamSet\":[\"0b6f2c1e\",\"ON_SITE\"],"
                + "\"SessionContext\":\"7d2e9a41-3b5c\"}";

        String authorization = TencentSms.authorization("AKIDEXAMPLE", "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE",
                "sms.tencentcloudapi.com", payload, 1_764_000_000L);

        assertThat(authorization).isEqualTo("TC3-HMAC-SHA256 Credential=AKIDEXAMPLE/2025-11-24/sms/tc3_request,"
                + " SignedHeaders=content-type;host;x-tc-action,"
                + " Signature=0d8b7416520361b0a6c74cfa797dffd3f255cc4e7d16129aec9d23b18005ce00");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // written | E.164 or empty | mainland
            "13800000003          | +8613800000003 | true",
            "+86 138 0000 0003    | +8613800000003 | true",
            "+86-138-0000-0003    | +8613800000003 | true",
            "0086 13800000003     | +8613800000003 | true",
            "(+86) 138 0000 0003  | +8613800000003 | true",
            "+86 10 1234 5678     |                |",
            "010-12345678         |                |",
            "+86100               |                |",
            "12800000003          |                |",
            "+852 6123 4567       | +85261234567   | false",
            "not a number         |                |",
            "                     |                |",
    })
    void a_phone_number_is_an_sms_address_only_when_it_is_a_mobile_one(String written, String e164,
            Boolean mainland) {
        assertThat(MobileNumber.of(written).map(MobileNumber::e164)).isEqualTo(Optional.ofNullable(e164));
        if (mainland != null) {
            assertThat(MobileNumber.of(written).orElseThrow().mainland()).isEqualTo(mainland);
            assertThat(AliyunSms.phoneNumber(MobileNumber.of(written).orElseThrow()))
                    .isEqualTo(mainland ? e164.substring(3) : e164.substring(1));
        }
    }
}
