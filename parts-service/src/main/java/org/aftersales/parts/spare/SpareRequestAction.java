package org.aftersales.parts.spare;

import java.util.Optional;
import java.util.Set;
import org.aftersales.platform.security.Roles;

/**
 * What can be done with a spare request: from which status, to which, by which roles. The one table of its lifecycle.
 */
public enum SpareRequestAction {
    /** 拣货: taken from the shelf. */
    PICK(Set.of(SpareRequestStatus.REQUESTED), SpareRequestStatus.PICKED, Set.of(Roles.PARTS_CLERK, Roles.MANAGER)),
    /** 发运: sent to the site from a warehouse, with its ETA. */
    DISPATCH(Set.of(SpareRequestStatus.PICKED), SpareRequestStatus.DISPATCHED,
            Set.of(Roles.PARTS_CLERK, Roles.MANAGER, Roles.ENGINEER)),
    /** 送达: on site, received by someone there; meets the deadline. */
    DELIVER(Set.of(SpareRequestStatus.DISPATCHED), SpareRequestStatus.DELIVERED,
            Set.of(Roles.ENGINEER, Roles.PARTS_CLERK, Roles.MANAGER)),
    /** 取消: no longer wanted, with the reason; cancels the deadline. */
    CANCEL(Set.of(SpareRequestStatus.REQUESTED, SpareRequestStatus.PICKED, SpareRequestStatus.DISPATCHED),
            SpareRequestStatus.CANCELLED, Set.of(Roles.AGENT, Roles.PARTS_CLERK, Roles.MANAGER));

    private final Set<SpareRequestStatus> from;
    private final SpareRequestStatus to;
    private final Set<String> roles;

    SpareRequestAction(Set<SpareRequestStatus> from, SpareRequestStatus to, Set<String> roles) {
        this.from = from;
        this.to = to;
        this.roles = roles;
    }

    /** The status after this action, or empty when it cannot be done from {@code status}. */
    public Optional<SpareRequestStatus> from(SpareRequestStatus status) {
        return from.contains(status) ? Optional.of(to) : Optional.empty();
    }

    /** The roles that may do it. */
    public Set<String> roles() {
        return roles;
    }
}
