package org.aftersales.warranty.installedbase;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aftersales.platform.json.TimeRange;

/**
 * A CSV document (RFC 4180: comma-separated, fields optionally in double quotes, {@code ""} for a
 * quote inside quotes, CRLF or LF line ends, an optional UTF-8 byte-order mark) read as a header row
 * and data rows that keep their line numbers, so every problem can name the line it is on. A NUL character
 * (U+0000), which PostgreSQL cannot store, makes the document unreadable.
 */
public record CsvTable(List<String> header, List<Row> rows) {

    /** A data row: its 1-based line number in the document and its cells by column name. */
    public record Row(int line, Map<String, String> cells) {

        /** The cell of a column, stripped; empty when the column is missing or the cell blank. */
        public Optional<String> cell(String column) {
            String value = cells.get(column);
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
        }
    }

    /** Why a document cannot be read as a table at all. */
    public static class MalformedCsvException extends RuntimeException {
        private final int line;

        MalformedCsvException(int line, String message) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    /**
     * Reads the document.
     *
     * @throws MalformedCsvException when it is empty, a header is blank or repeated, a quote is not
     *     closed, a cell holds a NUL, or a row has another number of cells than the header
     */
    public static CsvTable parse(String text) {
        String document = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < document.length()) {
            int recordLine = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean endOfRecord = false;
            while (i < document.length() && !endOfRecord) {
                char c = document.charAt(i++);
                if (quoted) {
                    if (c == '"' && i < document.length() && document.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        field.append(c);
                    }
                } else if (c == '"' && field.isEmpty()) {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i < document.length() && document.charAt(i) == '\n') {
                        i++;
                    }
                    line++;
                    endOfRecord = true;
                } else {
                    field.append(c);
                }
            }
            if (quoted) {
                throw new MalformedCsvException(recordLine, "a quoted field is not closed");
            }
            fields.add(field.toString());
            int nul = indexOfNul(fields);
            if (nul >= 0) {
                throw new MalformedCsvException(recordLine, "cell " + (nul + 1) + " of line " + recordLine
                        + " contains the NUL character (U+0000)");
            }
            if (!(fields.size() == 1 && fields.get(0).isBlank())) {
                records.add(fields);
                lines.add(recordLine);
            }
        }
        if (records.isEmpty()) {
            throw new MalformedCsvException(1, "the document is empty; the first line names the columns");
        }
        List<String> header = records.get(0).stream().map(String::strip).toList();
        for (int column = 0; column < header.size(); column++) {
            if (header.get(column).isEmpty()) {
                throw new MalformedCsvException(lines.get(0), "column " + (column + 1) + " has no name");
            }
            if (header.indexOf(header.get(column)) != column) {
                throw new MalformedCsvException(lines.get(0), "column " + header.get(column) + " appears twice");
            }
        }
        List<Row> rows = new ArrayList<>(records.size() - 1);
        for (int r = 1; r < records.size(); r++) {
            List<String> fields = records.get(r);
            if (fields.size() != header.size()) {
                throw new MalformedCsvException(lines.get(r),
                        "line " + lines.get(r) + " has " + fields.size() + " cells but the header has " + header.size());
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (int column = 0; column < header.size(); column++) {
                cells.put(header.get(column), fields.get(column));
            }
            rows.add(new Row(lines.get(r), cells));
        }
        return new CsvTable(header, rows);
    }

    /**
     * A date cell (ISO 8601, e.g. 2024-06-28) within the years the services store ({@link TimeRange}).
     *
     * @throws DateTimeParseException when it is no such date
     */
    public static LocalDate date(String cell) {
        LocalDate date = LocalDate.parse(cell);
        if (!TimeRange.contains(date)) {
            throw new DateTimeParseException("a date " + TimeRange.DESCRIPTION, cell, 0);
        }
        return date;
    }

    private static int indexOfNul(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).indexOf('\u0000') >= 0) {
                return i;
            }
        }
        return -1;
    }
}
