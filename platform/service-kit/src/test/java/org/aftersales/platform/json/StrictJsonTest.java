package org.aftersales.platform.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StrictJsonTest {

    enum Level { LOW, HIGH }

    record Contact(String name) {
    }

    record Fields(String text, Integer count, Long big, Boolean flag, BigDecimal amount, LocalDate date,
            Instant at, Duration period, Level level, UUID id, List<String> tags, Contact contact) {
    }

    static final ObjectMapper JSON = strict();

    static ObjectMapper strict() {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
        new StrictJson().customize(json);
        return json;
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            text      | true
            text      | 12
            text      | 1.5
            text      | "a\\u0000b"
            text      | "\\ud800"
            text      | "x\\udc00y"
            text      | ["a"]
            tags      | ["a", "\\u0000"]
            tags      | "a"
            tags      | ""
            count     | 1.5
            count     | "1"
            count     | true
            big       | 1.0e0
            flag      | "true"
            flag      | 1
            amount    | "1.5"
            date      | 20240101
            date      | ""
            date      | []
            date      | "0000-01-01"
            date      | "+10000-01-01"
            date      | "-999999999-01-01"
            date      | "2024-02-30"
            at        | 1700000000
            at        | "+1000000000-01-01T00:00:00Z"
            at        | "-0001-12-31T00:00:00Z"
            period    | 3600
            level     | 1
            level     | ""
            id        | ""
            id        | 7
            contact   | ""
            contact   | []
            """)
    void a_value_of_another_type_or_out_of_range_is_refused_naming_its_field(String field, String value) {
        assertThatThrownBy(() -> JSON.readValue("{\"%s\": %s}".formatted(field, value), Fields.class))
                .isInstanceOf(MismatchedInputException.class)
                .satisfies(e -> assertThat(((MismatchedInputException) e).getPath().get(0).getFieldName())
                        .isEqualTo(field));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            text      | "监护仪黑屏 😀"                  | 监护仪黑屏 😀
            text      | ""                            | ''
            count     | 7                             | 7
            amount    | 1.5                           | 1.5
            amount    | 2                             | 2
            flag      | false                         | false
            date      | "0001-01-01"                  | 0001-01-01
            date      | "9999-12-31"                  | 9999-12-31
            at        | "2026-03-15T08:30:00Z"        | 2026-03-15T08:30:00Z
            at        | "9999-12-31T23:59:59.999999Z" | 9999-12-31T23:59:59.999999Z
            period    | "PT1H30M"                     | PT1H30M
            level     | "HIGH"                        | HIGH
            text      | null                          |
            """)
    void a_value_of_the_field_s_own_type_is_read(String field, String value, String read) throws Exception {
        Fields fields = JSON.readValue("{\"%s\": %s}".formatted(field, value), Fields.class);
        Object actual = switch (field) {
            case "text" -> fields.text();
            case "count" -> fields.count();
            case "amount" -> fields.amount();
            case "flag" -> fields.flag();
            case "date" -> fields.date();
            case "at" -> fields.at();
            case "period" -> fields.period();
            case "level" -> fields.level();
            default -> throw new IllegalArgumentException(field);
        };
        assertThat(actual == null ? null : actual.toString()).isEqualTo(read);
    }
}
