package org.aftersales.events.device;

import org.aftersales.events.EventType;

/** The events of the device aggregate, published by warranty-service on topic {@code aftersales.device}. */
public final class DeviceEvents {

    public static final String AGGREGATE = "device";

    public static final EventType<DeviceRegistered> REGISTERED =
            new EventType<>("aftersales.device.registered.v1", AGGREGATE, DeviceRegistered.class);

    /** A 三包 exchange or refund became due after a resolved ticket (once per threshold crossing). */
    public static final EventType<RemedyDue> REMEDY_DUE =
            new EventType<>("aftersales.device.remedy-due.v1", AGGREGATE, RemedyDue.class);

    public static final EventType<DeviceAccepted> ACCEPTED =
            new EventType<>("aftersales.device.accepted.v1", AGGREGATE, DeviceAccepted.class);

    public static final EventType<DeviceTransferred> TRANSFERRED =
            new EventType<>("aftersales.device.transferred.v1", AGGREGATE, DeviceTransferred.class);

    public static final EventType<DeviceReplaced> REPLACED =
            new EventType<>("aftersales.device.replaced.v1", AGGREGATE, DeviceReplaced.class);

    private DeviceEvents() {
    }
}
