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
        @NotNull UUID ticketId,
        @Schema(description = "A serial-tracked part: the backup unit's model", examples = "PM-8000-BACKUP")
        @NotNull @Pattern(regexp = PartNumbers.PATTERN, message = PartNumbers.MESSAGE) String partNumber,
        @Schema(examples = "BK-PM8000-0007") @NotBlank @Size(max = 100) String serialNumber,
        @NotNull UUID warehouseId,
        @NotNull Loaner.Reason reason,
        @Size(max = 1000) String note) {
}
