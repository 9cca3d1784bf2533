package org.aftersales.events.ticket;

import java.util.Objects;

/** The person to call back about a ticket (报修联系人). */
public record Contact(String name, String phone) {

    public Contact {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(phone, "phone");
    }
}
