package org.aftersales.notification.sms;

/** The SMS vendors the service speaks to. */
public enum SmsVendor {
    ALIYUN,
    TENCENT
}
