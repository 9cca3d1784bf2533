package org.aftersales.warranty.installedbase;

import java.util.List;

/**
 * The outcome of a CSV import.
 *
 * @param mode how bad rows were treated
 * @param rows how many data rows the document had
 * @param imported how many devices were registered
 * @param rejected every bad row, by line, with the field and the reason
 */
public record ImportReport(ImportMode mode, int rows, int imported, List<RowProblem> rejected) {

    /** A problem with one cell (or the whole row, field {@code row}) of a CSV line. */
    public record RowProblem(int line, String field, String message) {
    }
}
