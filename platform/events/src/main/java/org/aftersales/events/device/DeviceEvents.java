package org.aftersales.events.device;

import org.aftersales.events.EventType;

/** The events of the device aggregate, published by warranty-service on topic {@code aftersales.device}. */
public final class DeviceEvents {

    public static final String AGGREGATE = "device";

    public static final EventType<DeviceRegistered> REGISTERED =
            new EventType<>("aftersales.device.registered.v1", AGGREGATE, DeviceRegistered.class);

    private DeviceEvents() {
    }
}
