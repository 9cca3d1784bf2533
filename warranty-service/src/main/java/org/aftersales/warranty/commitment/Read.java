package org.aftersales.warranty.commitment;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads one JSON value at a path into a model value. A reader never throws on bad input: it records
 * the problem and answers {@code null}, so that the document reader goes on and finds every problem.
 *
 * @param <T> the model value
 */
@FunctionalInterface
interface Read<T> {

    /** Reads {@code value} (never null) found at {@code path}; null when a problem was recorded. */
    T read(JsonNode value, String path, Problems problems);

    /** Non-blank text. */
    static Read<String> text() {
        return (value, path, problems) -> {
            if (!value.isTextual()) {
                problems.add(path, "must be text");
                return null;
            }
            if (value.asText().isBlank()) {
                problems.add(path, "must not be blank");
                return null;
            }
            return value.asText();
        };
    }

    /** Text matching {@code pattern}; {@code shape} tells the author what is expected. */
    static Read<String> text(Pattern pattern, String shape) {
        return text().then((text, path, problems) -> {
            if (pattern.matcher(text).matches()) {
                return text;
            }
            problems.add(path, "must be " + shape);
            return null;
        });
    }

    /** A whole number between {@code min} and {@code max}, both included. */
    static Read<Integer> integer(int min, int max) {
        return (value, path, problems) -> {
            if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                problems.add(path, "must be a whole number");
                return null;
            }
            int number = value.intValue();
            if (number < min || number > max) {
                problems.add(path, "must be between " + min + " and " + max);
                return null;
            }
            return number;
        };
    }

    /** A percentage: a number above 0 and at most 100. */
    static Read<BigDecimal> percent() {
        return (value, path, problems) -> {
            if (!value.isNumber()) {
                problems.add(path, "must be a number");
                return null;
            }
            BigDecimal number = value.decimalValue();
            if (number.signum() <= 0 || number.compareTo(BigDecimal.valueOf(100)) > 0) {
                problems.add(path, "must be a percentage above 0 and at most 100");
                return null;
            }
            return number;
        };
    }

    /** {@code true} or {@code false}, never text or numbers. */
    static Read<Boolean> bool() {
        return (value, path, problems) -> {
            if (!value.isBoolean()) {
                problems.add(path, "must be true or false");
                return null;
            }
            return value.booleanValue();
        };
    }

    /** The name of a constant of {@code type}, exactly as written in the enum. */
    static <E extends Enum<E>> Read<E> constant(Class<E> type) {
        return text().then((name, path, problems) -> {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(name)) {
                    return constant;
                }
            }
            problems.add(path, "must be one of " + names(type));
            return null;
        });
    }

    /** A positive ISO-8601 duration: {@code PT30M}, {@code PT2H}, {@code P3D}. */
    static Read<Duration> duration() {
        return text().then((text, path, problems) -> {
            try {
                Duration duration = Duration.parse(text);
                if (duration.isNegative() || duration.isZero()) {
                    problems.add(path, "must be longer than zero");
                    return null;
                }
                return duration;
            } catch (DateTimeParseException e) {
                problems.add(path, "must be an ISO-8601 duration such as PT30M, PT2H or P3D");
                return null;
            }
        });
    }

    /** A positive ISO-8601 period of the calendar: {@code P1Y}, {@code P6M}, {@code P60D}. */
    static Read<Period> period() {
        return text().then((text, path, problems) -> {
            try {
                Period period = Period.parse(text);
                if (period.isNegative() || period.isZero()) {
                    problems.add(path, "must be longer than zero");
                    return null;
                }
                return period;
            } catch (DateTimeParseException e) {
                problems.add(path, "must be an ISO-8601 period such as P1Y, P6M or P60D");
                return null;
            }
        });
    }

    /** A time limit: an ISO-8601 duration ({@code "PT2H"}) or working days ({@code {"workingDays": 3}}). */
    static Read<TimeLimit> timeLimit() {
        Read<TimeLimit> elapsed = duration().then((duration, path, problems) -> new TimeLimit.Elapsed(duration));
        Read<TimeLimit> workingDays = object(o -> new TimeLimit.WorkingDays(o.required("workingDays", integer(1, 365), 0)),
                "workingDays");
        return (value, path, problems) -> value.isObject()
                ? workingDays.read(value, path, problems)
                : elapsed.read(value, path, problems);
    }

    /** A time of day, {@code HH:mm}. */
    static Read<LocalTime> timeOfDay() {
        return text(Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]"), "a time of day such as 08:30")
                .then((text, path, problems) -> LocalTime.parse(text));
    }

    /** A time-zone id such as {@code Asia/Shanghai}. */
    static Read<ZoneId> zone() {
        return text().then((text, path, problems) -> {
            try {
                return ZoneId.of(text);
            } catch (DateTimeException e) {
                problems.add(path, "must be a time-zone id such as Asia/Shanghai");
                return null;
            }
        });
    }

    /**
     * A JSON object with exactly the given fields (others are refused by name), built by {@code build};
     * the builder may add its own problems through {@link JsonFields#problem}.
     */
    static <T> Read<T> object(Function<JsonFields, T> build, String... fields) {
        return (value, path, problems) -> {
            if (!value.isObject()) {
                problems.add(path, "must be an object");
                return null;
            }
            JsonFields object = new JsonFields(value, path, problems, List.of(fields));
            int before = problems.count();
            T built = build.apply(object);
            return problems.count() == before ? built : null;
        };
    }

    /** A JSON array whose elements are read by {@code element}; only the readable elements are kept. */
    static <T> Read<List<T>> list(Read<T> element) {
        return (value, path, problems) -> {
            if (!value.isArray()) {
                problems.add(path, "must be an array");
                return null;
            }
            List<T> elements = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                JsonNode item = value.get(i);
                String at = Problems.element(path, i);
                if (item.isNull()) {
                    problems.add(at, "must not be null");
                } else {
                    T read = element.read(item, at, problems);
                    if (read != null) {
                        elements.add(read);
                    }
                }
            }
            return Collections.unmodifiableList(elements);
        };
    }

    /**
     * A JSON object used as a map: each key is read by {@code key} (null refuses it), each value by
     * {@code entry}; the order of the document is kept.
     */
    static <K, V> Read<Map<K, V>> map(Function<String, K> key, String keyShape, Read<V> entry) {
        return (value, path, problems) -> {
            if (!value.isObject()) {
                problems.add(path, "must be an object");
                return null;
            }
            Map<K, V> entries = new LinkedHashMap<>();
            value.properties().forEach(field -> {
                String at = Problems.child(path, field.getKey());
                K k = key.apply(field.getKey());
                if (k == null) {
                    problems.add(at, "unknown key; must be " + keyShape);
                } else if (field.getValue().isNull()) {
                    problems.add(at, "must not be null");
                } else {
                    V v = entry.read(field.getValue(), at, problems);
                    if (v != null) {
                        entries.put(k, v);
                    }
                }
            });
            return Collections.unmodifiableMap(entries);
        };
    }

    /** Reads with this reader, then, if that worked, converts or checks the value with {@code next}. */
    default <R> Read<R> then(Then<T, R> next) {
        return (value, path, problems) -> {
            T first = read(value, path, problems);
            return first == null ? null : next.apply(first, path, problems);
        };
    }

    /** A further step of a reader: converts or checks a value already read. */
    @FunctionalInterface
    interface Then<T, R> {
        /** Null when a problem was recorded. */
        R apply(T value, String path, Problems problems);
    }

    static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
