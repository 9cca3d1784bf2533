package org.aftersales.warranty.installedbase;

import java.util.List;

/** One page of devices, by serial number. */
public record DevicePage(List<DeviceView> items, int page, int size, long total) {
}
