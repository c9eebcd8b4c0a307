package org.millwright.connector.sap.internal.odata;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The OData V2 JSON conventions SAP Gateway uses: {@code d} / {@code d.results} wrappers, {@code /Date(ms)/}
 * timestamps, decimals as strings, and single-quoted literals in {@code $filter}. Wire data that does not fit
 * throws {@link IllegalArgumentException} naming the field.
 */
public final class OData {
    private static final Pattern DATE = Pattern.compile("/Date\\((-?\\d+)([+-]\\d{4})?\\)/");
    private static final DateTimeFormatter LITERAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private OData() {
    }

    /** The rows of a collection answer: {@code d.results}, or {@code results} when {@code d} is already gone. */
    public static List<JsonNode> results(JsonNode answer) {
        JsonNode unwrapped = answer.has("d") ? answer.get("d") : answer;
        JsonNode rows = unwrapped.has("results") ? unwrapped.get("results") : unwrapped;
        if (!rows.isArray()) {
            throw new IllegalArgumentException("expected a collection ({\"d\":{\"results\":[...]}}) but got " + answer);
        }
        List<JsonNode> list = new ArrayList<>();
        rows.forEach(list::add);
        return list;
    }

    /** The entity of a single-entity answer, {@code d}. */
    public static JsonNode entity(JsonNode answer) {
        JsonNode entity = answer.has("d") ? answer.get("d") : answer;
        if (!entity.isObject()) {
            throw new IllegalArgumentException("expected an entity ({\"d\":{...}}) but got " + answer);
        }
        return entity;
    }

    /** The rows of an expanded 1:n navigation property ({@code {"results":[...]}}); empty when deferred or absent. */
    public static List<JsonNode> expanded(JsonNode entity, String navigation) {
        JsonNode rows = entity.path(navigation).path("results");
        List<JsonNode> list = new ArrayList<>();
        if (rows.isArray()) {
            rows.forEach(list::add);
        }
        return list;
    }

    /** A required, non-blank string property. */
    public static String text(JsonNode entity, String property) {
        return optionalText(entity, property).orElseThrow(() -> new IllegalArgumentException(
                "property '" + property + "' is missing or blank"));
    }

    /** A string property, empty when absent, null or blank. */
    public static Optional<String> optionalText(JsonNode entity, String property) {
        JsonNode value = entity.path(property);
        return value.isString() && !value.stringValue().isBlank() ? Optional.of(value.stringValue())
                : Optional.empty();
    }

    /** An {@code Edm.Boolean} property; false when absent. */
    public static boolean flag(JsonNode entity, String property) {
        return entity.path(property).asBoolean(false);
    }

    /** An {@code Edm.Decimal} property, which OData V2 sends as a string such as {@code "12.00000000000000"}. */
    public static BigDecimal decimal(JsonNode entity, String property) {
        JsonNode value = entity.path(property);
        if (value.isNumber()) {
            return value.decimalValue();
        }
        String text = text(entity, property);
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("property '" + property + "' is not a decimal: '" + text + "'", e);
        }
    }

    /** An {@code Edm.DateTime} ({@code /Date(ms)/}) or {@code Edm.DateTimeOffset} ({@code /Date(ms+0000)/}). */
    public static Instant date(JsonNode entity, String property) {
        String text = text(entity, property);
        Matcher matcher = DATE.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("property '" + property + "' is not /Date(ms)/: '" + text + "'");
        }
        // the offset only says in which zone the instant was entered; the milliseconds are already UTC
        return Instant.ofEpochMilli(Long.parseLong(matcher.group(1)));
    }

    /** The wire form of an instant: {@code /Date(ms)/}. */
    public static String date(Instant instant) {
        return "/Date(" + instant.toEpochMilli() + ")/";
    }

    /** A string literal for {@code $filter} and function-import parameters: {@code 'O''Brien'}. */
    public static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** A string key as it goes into a path segment, {@code ('10000123')}, its content percent-encoded. */
    public static String key(String value) {
        return "('" + encode(value.replace("'", "''")) + "')";
    }

    /** A {@code datetime'...'} literal in UTC. */
    public static String dateTimeLiteral(Instant instant) {
        return "datetime'" + LITERAL.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)) + "'";
    }

    /** A {@code datetimeoffset'...Z'} literal. */
    public static String dateTimeOffsetLiteral(Instant instant) {
        return "datetimeoffset'" + LITERAL.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)) + "Z'";
    }

    /** A query-option value, percent-encoded (spaces as {@code %20}, which every Gateway release accepts). */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Leading zeros stripped from a numeric key ({@code 000000000210100094} → {@code 210100094}). */
    public static String externalForm(String key) {
        return key.matches("0+\\d+") ? key.replaceFirst("^0+(?=\\d)", "") : key;
    }
}
