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
        @Schema(description = "Why it is lent", required = true) @NotNull Loaner.Reason reason,
        @Schema(description = "A note on the loan") @Size(max = 1000) String note) {
}
