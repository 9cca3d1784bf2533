package org.aftersales.notification.sms;

import org.aftersales.notification.delivery.Sender;

/**
 * One SMS vendor's API. It answers what the vendor said: accepted (with the vendor's id of the SMS), failed for
 * now (throttled, out of balance, the vendor down: retried with backoff) or refused for good (a number or template
 * the vendor rejects, bad credentials: not retried).
 */
public interface SmsProvider {

    Sender.Delivery send(SmsRequest sms);
}
