package org.aftersales.events.ticket;

import java.util.Objects;

/**
 * The person to call back about a ticket (报修联系人).
 *
 * @param department the caller's department, when given
 * @param site where the device stands (安装地点), when given
 */
public record Contact(String name, String phone, String department, String site) {

    public Contact {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(phone, "phone");
    }
}
