package org.aftersales.notification.sms;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashMap;
import java.util.Map;
import org.aftersales.notification.NotificationTestResources;

/**
 * notification-service's component resources with SMS through Aliyun, whose API is the local stand-in: the
 * breach and complaint templates have approved codes, the other SMS templates none. Tests receive the stand-in in a
 * field annotated {@link Vendors}.
 */
public class SmsTestResources extends NotificationTestResources {

    public static final String BREACH_TEMPLATE = "SMS_TEST_BREACH";

    /** Marks a {@link SmsVendorStandIn} field of a test to receive the stand-in. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Vendors {
    }

    private SmsVendorStandIn vendors;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        vendors = new SmsVendorStandIn();
        config.put("aftersales.sms.provider", "aliyun");
        config.put("aftersales.sms.aliyun.endpoint", vendors.aliyunEndpoint().toString());
        config.put("aftersales.sms.aliyun.access-key-id", SmsVendorStandIn.ALIYUN_KEY_ID);
        config.put("aftersales.sms.aliyun.access-key-secret", SmsVendorStandIn.ALIYUN_SECRET);
        config.put("aftersales.sms.template-code.\"aftersales.ticket.sla-breached.v1\"", BREACH_TEMPLATE);
        config.put("aftersales.sms.template-code.\"aftersales.complaint.received.v1\"", "SMS_TEST_COMPLAINT");
        config.put("aftersales.sms.template-code.\"aftersales.hotline.announced.v1\"", "SMS_TEST_HOTLINE");
        return config;
    }

    @Override
    public void inject(TestInjector injector) {
        super.inject(injector);
        injector.injectIntoFields(vendors,
                new TestInjector.AnnotatedAndMatchesType(Vendors.class, SmsVendorStandIn.class));
    }

    @Override
    public void stop() {
        if (vendors != null) {
            vendors.close();
        }
        super.stop();
    }
}
