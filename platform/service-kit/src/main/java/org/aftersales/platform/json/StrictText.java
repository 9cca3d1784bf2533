package org.aftersales.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;

/**
 * Text as PostgreSQL can store it unchanged: no NUL (U+0000), which it refuses, and no lone UTF-16 surrogate, which
 * would be stored as {@code ?}. Otherwise read as Jackson reads text (with the coercions {@link StrictJson} allows).
 */
final class StrictText extends StdScalarDeserializer<String> {

    StrictText() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = StringDeserializer.instance.deserialize(parser, context);
        String refusal = text == null ? null : refusal(text);
        if (refusal != null) {
            throw new UnacceptableValueException(parser, refusal, String.class);
        }
        return text;
    }

    /** Why a text cannot be stored, or null when it can. */
    static String refusal(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return "must not contain the NUL character (U+0000)";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must not contain a lone UTF-16 surrogate (\\u" + Integer.toHexString(c) + ")";
            }
        }
        return null;
    }
}
