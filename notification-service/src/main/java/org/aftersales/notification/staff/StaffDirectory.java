package org.aftersales.notification.staff;

import java.util.List;
import java.util.Optional;

/** The vendor's staff that rules address by user name, role, escalation level or duty (ADR 0018). */
public final class StaffDirectory {

    private final List<StaffMember> staff;

    public StaffDirectory(List<StaffMember> staff) {
        this.staff = List.copyOf(staff);
    }

    public Optional<StaffMember> byUsername(String username) {
        return staff.stream().filter(member -> member.username().equals(username)).findFirst();
    }

    public List<StaffMember> withRole(String role) {
        return staff.stream().filter(member -> member.roles().contains(role)).toList();
    }

    public List<StaffMember> atEscalationLevel(String level) {
        return staff.stream().filter(member -> member.escalationLevel().filter(level::equals).isPresent()).toList();
    }

    /** The agents on duty (值班接线员). */
    public List<StaffMember> dutyAgents() {
        return staff.stream().filter(StaffMember::onDuty).toList();
    }
}
