package org.aftersales.parts.warehouse;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.aftersales.platform.security.Organisations;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/warehouses}. */
@Schema(name = "NewWarehouse")
public record NewWarehouse(
        @Schema(description = "The location's code, unique", examples = "WH-EAST-01") @NotNull @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{0,39}",
                message = "must be a code of upper-case letters, digits and dashes") String code,
        @Schema(description = "The location's name", examples = "华东区域库") @NotBlank @Size(max = 200) String name,
        @Schema(description = "What kind of location it is", required = true) @NotNull WarehouseKind kind,
        @Schema(description = "The partner organisation that runs it; absent for the vendor's own. A partner's "
                + "warehouse is always its own", examples = "dealer-a")
        @Pattern(regexp = Organisations.PATTERN, message = "must be an organisation path") String organisation,
        @Schema(description = "The region it serves", examples = "east") @NotBlank @Size(max = 100) String region,
        @Schema(description = "Its address", examples = "上海市浦东新区张江路 100 号") @NotBlank @Size(max = 500) String address,
        @Schema(description = "The engineer whose van it is: required for a VAN, refused otherwise",
                examples = "engineer")
        @Size(max = 100) String engineer) {

    @AssertTrue(message = "a VAN names its engineer, and only a VAN does")
    @JsonIgnore
    @Schema(hidden = true)
    public boolean isEngineer() {
        // A blank engineer names nobody: refused for a VAN and, being given, for any other kind.
        return kind == null || (engineer == null ? kind != WarehouseKind.VAN
                : kind == WarehouseKind.VAN && !engineer.isBlank());
    }
}
