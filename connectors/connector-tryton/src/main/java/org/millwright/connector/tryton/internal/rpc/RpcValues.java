package org.millwright.connector.tryton.internal.rpc;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tryton's JSON encodings, both ways. Tryton's JSON-RPC marks values JSON has no type for with {@code __class__}:
 * {@code {"__class__":"Decimal","decimal":"7.20"}}, {@code {"__class__":"date","year":..,"month":..,"day":..}},
 * {@code datetime} (plus hour, minute, second, microsecond), {@code timedelta} ({@code seconds}) and {@code bytes}
 * ({@code base64}). A Numeric field must get a Decimal: a JSON float such as {@code 7.2} arrives in Python as
 * 7.2000000000000001776... and fails the field's digits. The request envelope is exactly {@code id}, {@code method},
 * {@code params}: any other key (such as {@code "jsonrpc"}) makes Tryton answer bare results and HTML errors.
 *
 * <p>Decoding bad wire data throws {@link IllegalArgumentException} naming what was expected.
 */
public final class RpcValues {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String CLASS = "__class__";

    private RpcValues() {
    }

    /** The request body {@code {"id":id,"method":method,"params":[...]}}. */
    public static ObjectNode envelope(long id, String method, Collection<?> params) {
        ObjectNode envelope = NODES.objectNode();
        envelope.put("id", id);
        envelope.put("method", method);
        envelope.set("params", encode(params));
        return envelope;
    }

    /**
     * A Java value as Tryton reads it: null, strings, booleans, integral and floating numbers, {@link BigDecimal},
     * {@link LocalDate}, {@link LocalDateTime}, {@link Duration}, {@code byte[]}, {@link JsonNode}, and maps (with
     * string keys) and collections of these.
     */
    public static JsonNode encode(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof JsonNode node) {
            return node;
        }
        if (value instanceof String text) {
            return NODES.stringNode(text);
        }
        if (value instanceof Boolean flag) {
            return NODES.booleanNode(flag);
        }
        if (value instanceof BigDecimal decimal) {
            ObjectNode node = classNode("Decimal");
            node.put("decimal", decimal.toPlainString());
            return node;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return NODES.numberNode(((Number) value).longValue());
        }
        if (value instanceof Double || value instanceof Float) {
            return NODES.numberNode(((Number) value).doubleValue());
        }
        if (value instanceof LocalDate date) {
            return date(classNode("date"), date);
        }
        if (value instanceof LocalDateTime dateTime) {
            ObjectNode node = date(classNode("datetime"), dateTime.toLocalDate());
            node.put("hour", dateTime.getHour());
            node.put("minute", dateTime.getMinute());
            node.put("second", dateTime.getSecond());
            node.put("microsecond", dateTime.getNano() / 1000);
            return node;
        }
        if (value instanceof Duration duration) {
            ObjectNode node = classNode("timedelta");
            node.put("seconds", duration.getSeconds() + duration.getNano() / 1e9);
            return node;
        }
        if (value instanceof byte[] bytes) {
            ObjectNode node = classNode("bytes");
            node.put("base64", Base64.getEncoder().encodeToString(bytes));
            return node;
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode node = NODES.objectNode();
            map.forEach((key, item) -> {
                if (!(key instanceof String name)) {
                    throw new IllegalArgumentException("Tryton dictionaries need string keys, not " + key);
                }
                node.set(name, encode(item));
            });
            return node;
        }
        if (value instanceof Collection<?> items) {
            ArrayNode node = NODES.arrayNode();
            items.forEach(item -> node.add(encode(item)));
            return node;
        }
        throw new IllegalArgumentException("no Tryton encoding for " + value.getClass().getName() + ": " + value);
    }

    /** A {@code date} object. */
    public static LocalDate date(JsonNode node) {
        requireClass(node, "date");
        return LocalDate.of(integer(node, "year"), integer(node, "month"), integer(node, "day"));
    }

    /** A {@code datetime} object (Tryton's datetimes are naive, in UTC on the server). */
    public static LocalDateTime dateTime(JsonNode node) {
        requireClass(node, "datetime");
        return LocalDateTime.of(integer(node, "year"), integer(node, "month"), integer(node, "day"),
                integer(node, "hour"), integer(node, "minute"), integer(node, "second"),
                integer(node, "microsecond") * 1000);
    }

    /** A {@code Decimal} object; a plain JSON number is accepted too (as its decimal text). */
    public static BigDecimal decimal(JsonNode node) {
        if (node != null && node.isNumber()) {
            return new BigDecimal(node.asString());
        }
        requireClass(node, "Decimal");
        JsonNode text = node.get("decimal");
        if (text == null || !text.isString()) {
            throw new IllegalArgumentException("Decimal without a \"decimal\" string: " + node);
        }
        try {
            return new BigDecimal(text.stringValue());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Decimal \"" + text.stringValue() + "\" is not a number", e);
        }
    }

    /** A {@code timedelta} object. */
    public static Duration duration(JsonNode node) {
        requireClass(node, "timedelta");
        JsonNode seconds = node.get("seconds");
        if (seconds == null || !seconds.isNumber()) {
            throw new IllegalArgumentException("timedelta without numeric seconds: " + node);
        }
        BigDecimal exact = new BigDecimal(seconds.asString());
        return Duration.ofSeconds(exact.longValue(), exact.remainder(BigDecimal.ONE).movePointRight(9).longValue());
    }

    /** A {@code bytes} object. */
    public static byte[] bytes(JsonNode node) {
        requireClass(node, "bytes");
        JsonNode text = node.get("base64");
        if (text == null || !text.isString()) {
            throw new IllegalArgumentException("bytes without a \"base64\" string: " + node);
        }
        return Base64.getDecoder().decode(text.stringValue());
    }

    /** A Float field (quantities): a JSON number. */
    public static double number(JsonNode row, String field) {
        JsonNode value = row.get(field);
        if (value == null || !value.isNumber()) {
            throw new IllegalArgumentException("field '" + field + "' is not a number in " + row);
        }
        return value.doubleValue();
    }

    /** An id or a Many2One: a JSON integer. */
    public static long id(JsonNode row, String field) {
        JsonNode value = row.get(field);
        if (value == null || !value.canConvertToLong() || !value.isIntegralNumber()) {
            throw new IllegalArgumentException("field '" + field + "' is not an id in " + row);
        }
        return value.longValue();
    }

    /** A Char or Selection field that must be set. */
    public static String text(JsonNode row, String field) {
        JsonNode value = row.get(field);
        if (value == null || !value.isString()) {
            throw new IllegalArgumentException("field '" + field + "' is not a string in " + row);
        }
        return value.stringValue();
    }

    private static ObjectNode classNode(String type) {
        ObjectNode node = NODES.objectNode();
        node.put(CLASS, type);
        return node;
    }

    private static ObjectNode date(ObjectNode node, LocalDate date) {
        node.put("year", date.getYear());
        node.put("month", date.getMonthValue());
        node.put("day", date.getDayOfMonth());
        return node;
    }

    private static void requireClass(JsonNode node, String type) {
        if (node == null || !node.isObject() || !type.equals(node.path(CLASS).asString(""))) {
            throw new IllegalArgumentException("expected a Tryton " + type + " ({\"__class__\":\"" + type
                    + "\",...}) but got " + node);
        }
    }

    private static int integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new IllegalArgumentException("field '" + field + "' of " + node.path(CLASS).asString("")
                    + " is not an integer: " + node);
        }
        return value.intValue();
    }
}
