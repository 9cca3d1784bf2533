package org.aftersales.notification.sms;

import java.time.Instant;
import org.aftersales.notification.delivery.ProviderRecord;
import org.aftersales.notification.delivery.Sender;

/**
 * One SMS vendor's API. It answers what the vendor said: accepted (with the vendor's id of the SMS), failed for
 * now (throttled, out of balance, the vendor down: retried with backoff) or refused for good (a number or template
 * the vendor rejects, bad credentials: not retried).
 */
public interface SmsProvider {

    Sender.Delivery send(SmsRequest sms);

    /**
     * Whether the vendor's send records hold an SMS to {@code to} with our {@code reference}, sent at
     * {@code sentAt}; {@link ProviderRecord#CANNOT_TELL} for a vendor whose records cannot be asked so. Throws when
     * the vendor cannot be reached now.
     */
    default ProviderRecord recordOf(MobileNumber to, String reference, Instant sentAt) {
        return ProviderRecord.CANNOT_TELL;
    }
}
