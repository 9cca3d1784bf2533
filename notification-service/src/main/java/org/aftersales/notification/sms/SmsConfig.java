package org.aftersales.notification.sms;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * SMS through a Chinese vendor (ADR 0031): which one, the signature (签名) and the template codes the vendor
 * approved. Without a provider the SMS channel is not offered and rules naming it reach people by their other
 * channels.
 */
@ConfigMapping(prefix = "aftersales.sms")
public interface SmsConfig {

    /** {@code aliyun} or {@code tencent}; empty for no SMS. */
    Optional<SmsVendor> provider();

    /** The approved signature (短信签名), shown as 【signature】 before the text. */
    @WithDefault("售后服务")
    String signName();

    /**
     * The vendor's code of each approved template (模板 CODE / 模板 ID), by event type; an event type without one is
     * not sent by SMS.
     */
    Map<String, String> templateCode();

    /**
     * The longest value of one template parameter: Aliyun takes up to 35 characters in a variable; Tencent limits
     * accounts verified as persons to 12 (set 12 there).
     */
    @WithDefault("20")
    int parameterMaxLength();

    /** How long one call to the vendor may take. */
    @WithDefault("PT10S")
    Duration timeout();

    Aliyun aliyun();

    Tencent tencent();

    /** Aliyun SMS (阿里云短信服务, Dysmsapi 2017-05-25, RPC signature HMAC-SHA1). */
    interface Aliyun {

        @WithDefault("https://dysmsapi.aliyuncs.com/")
        URI endpoint();

        Optional<String> accessKeyId();

        Optional<String> accessKeySecret();

        @WithDefault("cn-hangzhou")
        String regionId();
    }

    /** Tencent Cloud SMS (腾讯云短信, SendSms 2021-01-11, signature TC3-HMAC-SHA256). */
    interface Tencent {

        @WithDefault("https://sms.tencentcloudapi.com/")
        URI endpoint();

        Optional<String> secretId();

        Optional<String> secretKey();

        /** The SMS application (SmsSdkAppId), e.g. {@code 1400006666}. */
        Optional<String> sdkAppId();

        @WithDefault("ap-guangzhou")
        String region();
    }
}
