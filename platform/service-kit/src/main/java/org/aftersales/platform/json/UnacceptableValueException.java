package org.aftersales.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A JSON value of the right type that the services cannot accept; its message says why, for the field's problem. */
public class UnacceptableValueException extends MismatchedInputException {

    UnacceptableValueException(JsonParser parser, String reason, Class<?> targetType) {
        super(parser, reason, targetType);
    }
}
