package org.aftersales.platform.problem;

/**
 * One bad field of a request.
 *
 * @param field the JSON path of the field, e.g. {@code contact.phone}; {@code body} for the whole body
 * @param message what is wrong with it
 */
public record FieldProblem(String field, String message) {
}
