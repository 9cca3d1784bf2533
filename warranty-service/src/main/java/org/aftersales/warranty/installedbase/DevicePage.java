package org.aftersales.warranty.installedbase;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of devices, by serial number. */
public record DevicePage(
        @Schema(description = "The devices of this page, by serial number") List<DeviceView> items,
        @Schema(description = "The page's number, from 0") int page,
        @Schema(description = "The most devices a page holds") int size,
        @Schema(description = "How many devices match, on all pages") long total) {
}
