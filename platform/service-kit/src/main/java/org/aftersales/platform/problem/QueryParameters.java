package org.aftersales.platform.problem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Reads typed query parameters, answering 400 naming the parameter (not 404) when one cannot be read. */
public final class QueryParameters {

    private QueryParameters() {
    }

    public static UUID uuid(String name, String value) {
        return parse(name, value, UUID::fromString, "must be a UUID");
    }

    public static LocalDate date(String name, String value) {
        return parse(name, value, LocalDate::parse, "must be a date such as 2026-03-15");
    }

    private static <T> T parse(String name, String value, Function<String, T> parser, String message) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw ProblemException.badRequest("Query parameter " + name + " cannot be read",
                    List.of(new FieldProblem(name, message)));
        }
    }
}
