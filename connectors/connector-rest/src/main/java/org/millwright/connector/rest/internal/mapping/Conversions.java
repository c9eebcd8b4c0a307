package org.millwright.connector.rest.internal.mapping;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.millwright.model.AssetId;
import org.millwright.model.FailureMode;
import tools.jackson.databind.JsonNode;

/**
 * Turns one JSON value of an answer into the Java value of a record component. Lenient where systems differ
 * harmlessly (ids written as numbers, enum names in any case with dashes, quantities as {@code "2.000"}), strict
 * where a wrong value would mislead (an asset id that is not one, a fractional quantity).
 */
public final class Conversions {
    private Conversions() {
    }

    /** @throws IllegalArgumentException naming the value and what was expected */
    public static Object convert(Field.Type type, JsonNode value) {
        if (!value.isValueNode() || value.isNull()) {
            throw new IllegalArgumentException("expected a single value, found " + describe(value));
        }
        String text = value.asString();
        return switch (type) {
            case TEXT -> nonEmpty(text);
            case ASSET_ID -> {
                if (!AssetId.isValid(text)) {
                    throw new IllegalArgumentException("'" + text + "' is not an asset id (lower-case letters, digits"
                            + " and dashes)");
                }
                yield AssetId.of(text);
            }
            case FAILURE_MODE -> FailureMode.of(nonEmpty(text));
            case BOOLEAN -> bool(value, text);
            case INT -> integer(value, text);
            case INSTANT -> instant(value, text);
            case ASSET_CLASS, MACHINE_GROUP, SUPPORT, EQUIPMENT_STATUS -> constant(type.enumType().orElseThrow(), text);
            case PARTS, PARTS_BY_MODE -> throw new IllegalStateException(type + " is a list");
        };
    }

    private static String nonEmpty(String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("expected a text, found an empty one");
        }
        return text;
    }

    private static boolean bool(JsonNode value, String text) {
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        if (text.equalsIgnoreCase("true")) {
            return true;
        }
        if (text.equalsIgnoreCase("false")) {
            return false;
        }
        throw new IllegalArgumentException("expected true or false, found '" + text + "' (translate it with a table)");
    }

    private static int integer(JsonNode value, String text) {
        try {
            BigDecimal number = new BigDecimal(text.strip());
            return number.setScale(0, RoundingMode.UNNECESSARY).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("expected a whole number, found " + describe(value));
        }
    }

    private static Instant instant(JsonNode value, String text) {
        if (value.isIntegralNumber()) {
            return Instant.ofEpochMilli(value.asLong());
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("expected an ISO-8601 date-time with offset (2024-05-14T08:15:00Z) or"
                    + " epoch milliseconds, found '" + text + "'");
        }
    }

    private static Enum<?> constant(Class<? extends Enum<?>> type, String text) {
        String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (Enum<?> constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not one of " + Arrays.stream(type.getEnumConstants())
                .map(Enum::name).collect(Collectors.joining(", ")) + " (translate it with a table)");
    }

    static String describe(JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return "nothing";
        }
        if (value.isObject()) {
            return "an object";
        }
        if (value.isArray()) {
            return "an array";
        }
        return value.isString() ? "'" + value.asString() + "'" : value.toString();
    }
}
