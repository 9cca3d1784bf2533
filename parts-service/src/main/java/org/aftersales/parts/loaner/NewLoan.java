package org.aftersales.parts.loaner;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.aftersales.parts.catalogue.PartNumbers;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/loaners}: lend a backup unit from stock to a ticket's customer. */
@Schema(name = "NewLoan")
public record NewLoan(
        @Schema(description = "The ticket whose customer gets the backup unit", required = true) @NotNull UUID ticketId,
        @Schema(description = "A serial-tracked part: the backup unit's model", examples = "PM-8000-BACKUP")
        @NotNull @Pattern(regexp = PartNumbers.PATTERN, message = PartNumbers.MESSAGE) String partNumber,
        @Schema(description = "The backup unit's serial number", examples = "BK-PM8000-0007") @NotBlank @Size(max = 100) String serialNumber,
        @Schema(description = "The warehouse it is lent from", required = true) @NotNull UUID warehouseId,
        @Schema(description = "How long the repair of the customer's own device is expected to take, ISO-8601 "
                + "(P3D, PT36H): the contract's loaner term lends a unit only for a repair expected to take longer "
                + "than its repairLongerThan (no contract: P2D, seed 002)", examples = "P3D")
        @NotNull @Pattern(regexp = "P(?!$)(\\d{1,4}D)?(T(?=\\d)(\\d{1,6}H)?(\\d{1,7}M)?)?", message = "must be an "
                + "ISO-8601 duration of days, hours and minutes, e.g. P3D or PT36H") String expectedRepair,
        @Schema(description = "Whether the customer's own device goes back to the factory (返厂) for the repair: a "
                + "loaner term onlyWhenReturnedToFactory (seed 003) lends a unit only then", required = true)
        @NotNull Boolean returnedToFactory,
        @Schema(description = "A note on the loan") @Size(max = 1000) String note) {
}
