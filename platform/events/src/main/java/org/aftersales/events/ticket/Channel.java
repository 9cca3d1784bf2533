package org.aftersales.events.ticket;

/** 报修渠道: how a service request reached the service desk (seed 003's channels). */
public enum Channel {
    /** 7×24 热线: the hotline. */
    HOTLINE,
    /** 值班手机: the duty mobile phone. */
    DUTY_MOBILE,
    /** 短信: a text message. */
    SMS,
    /** 电子邮件. */
    EMAIL,
    /** 传真. */
    FAX,
    /** 网站/门户: the customer portal (the default when a request names none). */
    PORTAL,
    /** 移动应用. */
    MOBILE_APP,
    /** 远程监控: raised by remote monitoring of the device. */
    REMOTE_MONITORING,
    /**
     * 三包: raised by ticket-service itself when warranty-service declares an exchange or refund due
     * ({@code aftersales.device.remedy-due.v1}) and the device has no open fault ticket; nobody called.
     * Not accepted from people registering tickets.
     */
    WARRANTY
}
