package org.aftersales.events.complaint;

import java.util.Objects;

/**
 * The complainant (投诉人) as events carry them: the name and the contact methods given, each null when not given.
 */
public record Complainant(String name, String phone, String email) {

    public Complainant {
        Objects.requireNonNull(name, "name");
    }
}
