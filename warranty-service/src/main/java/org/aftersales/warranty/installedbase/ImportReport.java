package org.aftersales.warranty.installedbase;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The outcome of a CSV import.
 *
 * @param mode how bad rows were treated
 * @param rows how many data rows the document had
 * @param imported how many devices were registered
 * @param rejected every bad row, by line, with the field and the reason
 */
public record ImportReport(
        @Schema(description = "How bad rows were treated: ALL_OR_NOTHING or the good rows stored", required = true)
        ImportMode mode,
        @Schema(description = "How many data rows the document had") int rows,
        @Schema(description = "How many devices were registered") int imported,
        @Schema(description = "Every bad row, by line, with the field and the reason") List<RowProblem> rejected) {

    /** A problem with one cell (or the whole row, field {@code row}) of a CSV line. */
    public record RowProblem(
            @Schema(description = "Its 1-based line number in the document") int line,
            @Schema(description = "The column, or row for the whole row") String field,
            @Schema(description = "What is wrong") String message) {
    }
}
