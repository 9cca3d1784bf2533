package org.aftersales.warranty.installedbase;

import java.util.List;

/**
 * Where a device's registration stands (ADR 0028). Only {@link #REGISTERED} devices publish their events; a serial is
 * registered once. The registration is never shown to the device's owner: a pending claim looks like any device.
 */
public enum Registration {
    /** In the installed base; the one device of its serial whose events are published. */
    REGISTERED,
    /** Registered by an organisation while another holds the serial: kept for its owner, no events, for staff to resolve. */
    PENDING,
    /** A pending claim vendor staff turned down: out of the installed base. */
    REJECTED,
    /** The registered device a confirmed claim took the serial from: out of the installed base. */
    SUPERSEDED;

    /** The registrations of devices in the installed base: their owners see them. */
    public static final List<Registration> STANDING = List.of(REGISTERED, PENDING);
}
