package org.millwright.connector.maximo.internal.rest;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * The Maximo REST (lean OSLC JSON) conventions: {@code member} collections, {@code oslc.where} with values in
 * double quotes, numbers that may come as JSON numbers or strings, nulls dropped from answers.
 */
public final class Oslc {

    private Oslc() {
    }

    /** {@code attribute="value"} for {@code oslc.where}; a value with a double quote cannot be expressed. */
    public static String eq(String attribute, String value) {
        return attribute + "=" + quote(value);
    }

    /** {@code attribute in ["a","b"]} for {@code oslc.where}, values in a stable order. */
    public static String in(String attribute, Collection<String> values) {
        return attribute + " in [" + values.stream().sorted().map(Oslc::quote).collect(Collectors.joining(",")) + "]";
    }

    private static String quote(String value) {
        if (value.indexOf('"') >= 0) {
            throw new IllegalArgumentException("a double quote cannot be used in an oslc.where value: " + value);
        }
        return '"' + value + '"';
    }

    /** A query-option value, percent-encoded (spaces as {@code %20}). */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The {@code member} rows of a collection answer; an empty {@code member} is no match, not an error. */
    public static List<JsonNode> members(JsonNode answer) {
        JsonNode members = answer.path("member");
        if (!members.isArray()) {
            throw new IllegalArgumentException("expected a collection ({\"member\":[...]}) but got " + answer);
        }
        List<JsonNode> rows = new ArrayList<>();
        members.forEach(rows::add);
        return rows;
    }

    /** A string attribute, empty when absent (lean answers drop nulls), null or blank. */
    public static Optional<String> text(JsonNode row, String attribute) {
        JsonNode value = row.path(attribute);
        if (value.isNumber()) {
            return Optional.of(value.asString());
        }
        return value.isString() && !value.stringValue().isBlank() ? Optional.of(value.stringValue())
                : Optional.empty();
    }

    /** A required string attribute. */
    public static String requiredText(JsonNode row, String attribute) {
        return text(row, attribute).orElseThrow(() -> new IllegalArgumentException(
                "attribute '" + attribute + "' is missing or blank"));
    }

    /** A numeric attribute, a JSON number or a numeric string; empty when absent. */
    public static Optional<BigDecimal> number(JsonNode row, String attribute) {
        JsonNode value = row.path(attribute);
        if (value.isNumber()) {
            return Optional.of(value.decimalValue());
        }
        if (value.isString() && !value.stringValue().isBlank()) {
            try {
                return Optional.of(new BigDecimal(value.stringValue().trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("attribute '" + attribute + "' is not a number: '"
                        + value.stringValue() + "'", e);
            }
        }
        return Optional.empty();
    }
}
