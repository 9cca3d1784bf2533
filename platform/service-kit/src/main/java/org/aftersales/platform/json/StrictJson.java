package org.aftersales.platform.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Request bodies are read strictly: an unknown field (including server-owned ones such as
 * {@code status} or a tenant) is refused rather than ignored; a value of another JSON type is never converted
 * (numbers or booleans are no text, {@code 1.5} is no whole number, a number is no date, text is no number or
 * boolean), {@code ""} and {@code []} are not taken for null or empty values of other types; text carries no NUL
 * and no lone surrogate ({@link StrictText}); dates and instants lie in {@link TimeRange}.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper json) {
        json.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        json.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT,
                DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT,
                DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT,
                DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS);
        json.coercionConfigDefaults()
                .setAcceptBlankAsEmpty(false)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyObject, CoercionAction.Fail);
        for (LogicalType type : LogicalType.values()) {
            for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Integer,
                    CoercionInputShape.Float, CoercionInputShape.String, CoercionInputShape.Boolean}) {
                if (!sameType(type, shape)) {
                    json.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
                }
            }
        }
        // java.time's readers take numbers for dates and instants unless they are not lenient.
        json.setDefaultLeniency(false);
        json.registerModule(new SimpleModule("strict-input")
                .addDeserializer(String.class, new StrictText())
                .setDeserializerModifier(new IsoTime.Modifier()));
    }

    /**
     * The JSON shapes that are a type's own: text for text and for types written as text (enums, dates, UUIDs,
     * durations), whole numbers for whole numbers and any number for decimals. Everything else is no conversion.
     */
    private static boolean sameType(LogicalType type, CoercionInputShape shape) {
        return switch (type) {
            case Integer -> shape == CoercionInputShape.Integer;
            case Float -> shape == CoercionInputShape.Integer || shape == CoercionInputShape.Float;
            case Boolean -> shape == CoercionInputShape.Boolean;
            case Textual, Enum, DateTime, OtherScalar, Binary -> shape == CoercionInputShape.String;
            case Untyped -> true;
            default -> false;
        };
    }

    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }
}
