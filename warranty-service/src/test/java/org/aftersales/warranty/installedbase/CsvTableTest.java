package org.aftersales.warranty.installedbase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvTableTest {

    @Test
    void reads_the_header_and_rows_with_their_line_numbers() {
        CsvTable table = CsvTable.parse("serialNumber,model\nSN-1,PM-8000\n\nSN-2,PM-9000\n");

        assertThat(table.header()).containsExactly("serialNumber", "model");
        assertThat(table.rows()).extracting(CsvTable.Row::line).containsExactly(2, 4);
        assertThat(table.rows().get(1).cells()).isEqualTo(Map.of("serialNumber", "SN-2", "model", "PM-9000"));
    }

    @Test
    void quoted_fields_keep_commas_quotes_and_line_breaks_and_lines_are_still_counted() {
        CsvTable table = CsvTable.parse("\uFEFFsite,model\r\n\"住院部, 3F\",\"PM \"\"Pro\"\"\"\r\n\"two\nlines\",x\r\nlast,y");

        assertThat(table.header()).containsExactly("site", "model");
        assertThat(table.rows()).extracting(r -> r.cells().get("site")).containsExactly("住院部, 3F", "two\nlines", "last");
        assertThat(table.rows().get(0).cells().get("model")).isEqualTo("PM \"Pro\"");
        assertThat(table.rows()).extracting(CsvTable.Row::line).containsExactly(2, 3, 5);
    }

    @Test
    void a_blank_cell_is_absent() {
        CsvTable.Row row = CsvTable.parse("a,b\n  ,x\n").rows().get(0);

        assertThat(row.cell("a")).isEmpty();
        assertThat(row.cell("b")).contains("x");
        assertThat(row.cell("missing")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "empty document            | ''                     | 1",
        "only blank lines          | '\n\n'                 | 1",
        "unnamed column            | 'a,,c\n1,2,3'          | 1",
        "repeated column           | 'a,b,a\n1,2,3'         | 1",
        "too few cells             | 'a,b\n1,2\n3'          | 3",
        "too many cells            | 'a,b\n1,2,3'           | 2",
        "unclosed quote            | 'a,b\n\"1,2\n3,4'      | 2",
    })
    void a_document_that_is_not_a_table_names_the_line(String name, String text, int line) {
        String document = text.replace("\\n", "\n");
        assertThatThrownBy(() -> CsvTable.parse(document))
                .isInstanceOfSatisfying(CsvTable.MalformedCsvException.class, e -> assertThat(e.line()).isEqualTo(line));
    }

    @Test
    void reads_ten_thousand_rows() {
        StringBuilder text = new StringBuilder("serialNumber,model\n");
        for (int i = 0; i < 10_000; i++) {
            text.append("SN-").append(i).append(",M\n");
        }
        List<CsvTable.Row> rows = CsvTable.parse(text.toString()).rows();

        assertThat(rows).hasSize(10_000);
        assertThat(rows.get(9_999).line()).isEqualTo(10_001);
    }
}
