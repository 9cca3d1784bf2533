package org.aftersales.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import java.io.IOException;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;

/**
 * Dates, instants and durations only as ISO 8601 text (java.time would also take numbers and arrays), and dates and
 * instants only within {@link TimeRange}.
 */
final class IsoTime extends DelegatingDeserializer {

    IsoTime(JsonDeserializer<?> reader) {
        super(reader);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> reader) {
        return new IsoTime(reader);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            throw new UnacceptableValueException(parser, "must be ISO 8601 text, e.g. 2026-03-15, "
                    + "2026-03-15T08:30:00Z or PT4H", handledType());
        }
        Object value = super.deserialize(parser, context);
        if (!TimeRange.contains(value)) {
            throw new UnacceptableValueException(parser, TimeRange.DESCRIPTION, handledType());
        }
        return value;
    }

    /** Wraps the reader of every java.time type. */
    static final class Modifier extends BeanDeserializerModifier {

        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription type,
                JsonDeserializer<?> reader) {
            Class<?> value = type.getBeanClass();
            return Temporal.class.isAssignableFrom(value) || TemporalAmount.class.isAssignableFrom(value)
                    ? new IsoTime(reader)
                    : reader;
        }
    }
}
