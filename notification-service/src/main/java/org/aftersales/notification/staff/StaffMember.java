package org.aftersales.notification.staff;

import java.util.Optional;
import java.util.Set;

/**
 * One of the vendor's staff as notifications need them.
 *
 * @param username the realm user name, as tickets and tokens name them
 * @param roles realm roles, e.g. {@code manager}
 * @param language the language messages to them are written in, e.g. {@code zh-CN} or {@code en}
 * @param escalationLevel the escalation level they take on (升级), e.g. {@code SENIOR_ENGINEER}, when they do
 * @param onDuty whether they are the duty agent (值班) now
 */
public record StaffMember(String username, String name, Set<String> roles, Optional<String> email,
        Optional<String> phone, String language, Optional<String> escalationLevel, boolean onDuty) {
}
