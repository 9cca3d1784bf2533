package org.aftersales.notification.preference;

import jakarta.enterprise.context.ApplicationScoped;
import org.aftersales.notification.rules.Recipient;

/** Finds the preference that applies to a recipient of a message. */
@ApplicationScoped
public class Preferences {

    /**
     * A person's own; for a contact (报修联系人, 投诉人) their organisation's, as they have no login of their own; an
     * organisation's own. A walk-in complainant has none.
     *
     * @param customerOrganisation the organisation the message belongs to; null for a walk-in complainant
     */
    public Preference of(Recipient recipient, String customerOrganisation) {
        String key = recipient.key().startsWith("contact:")
                ? customerOrganisation == null ? null : "organisation:" + customerOrganisation
                : recipient.key();
        if (key == null) {
            return Preference.NONE;
        }
        NotificationPreference stored = NotificationPreference.findById(key);
        return stored == null ? Preference.NONE : Preference.of(stored);
    }
}
