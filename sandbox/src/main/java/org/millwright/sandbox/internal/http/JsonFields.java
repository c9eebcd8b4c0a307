package org.millwright.sandbox.internal.http;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Typed access to the fields of a JSON object; every problem is a 400 naming the field. */
public final class JsonFields {
    private final JsonNode node;
    private final String prefix;

    JsonFields(JsonNode node, String prefix) {
        this.node = node;
        this.prefix = prefix;
    }

    /** A required, non-blank string. */
    public String text(String name) {
        return optionalText(name).orElseThrow(() -> invalid(name, "is required"));
    }

    /** A string that may be absent or null; present but blank is refused. */
    public Optional<String> optionalText(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isString()) {
            throw invalid(name, "must be a string");
        }
        if (value.stringValue().isBlank()) {
            throw invalid(name, "must not be blank");
        }
        return Optional.of(value.stringValue());
    }

    /** A required string that may be empty. */
    public String textAllowEmpty(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw invalid(name, "is required");
        }
        if (!value.isString()) {
            throw invalid(name, "must be a string");
        }
        return value.stringValue();
    }

    /** A required string out of a fixed set. */
    public String oneOf(String name, Set<String> allowed) {
        String value = text(name);
        if (!allowed.contains(value)) {
            throw invalid(name, "must be one of " + allowed.stream().sorted().toList() + " but was '" + value + "'");
        }
        return value;
    }

    /** A required whole number within {@code min..max}. */
    public int integer(String name, int min, int max) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw invalid(name, "is required");
        }
        return checkedInt(name, value, min, max);
    }

    /** A whole number within {@code min..max}, or {@code fallback} when absent or null. */
    public long optionalLong(String name, long fallback, long min, long max) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw invalid(name, "must be a whole number");
        }
        long result = value.longValue();
        if (result < min || result > max) {
            throw invalid(name, "must be within " + min + ".." + max + " but was " + result);
        }
        return result;
    }

    /** A number within {@code min..max}, or {@code fallback} when absent or null. */
    public double optionalDouble(String name, double fallback, double min, double max) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isNumber()) {
            throw invalid(name, "must be a number");
        }
        double result = value.asDouble();
        if (!(result >= min && result <= max)) {
            throw invalid(name, "must be within " + min + ".." + max + " but was " + result);
        }
        return result;
    }

    /** A required ISO-8601 instant such as {@code 2026-01-01T10:00:00Z}. */
    public Instant instant(String name) {
        return optionalInstant(name).orElseThrow(() -> invalid(name, "is required"));
    }

    /** An ISO-8601 instant, or empty when absent or null. */
    public Optional<Instant> optionalInstant(String name) {
        return optionalText(name).map(text -> {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw invalid(name, "must be an ISO-8601 instant like 2026-01-01T10:00:00Z but was '" + text + "'");
            }
        });
    }

    /** A required, non-empty array of objects. */
    public List<JsonFields> objects(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw invalid(name, "is required");
        }
        if (!value.isArray() || value.isEmpty()) {
            throw invalid(name, "must be a non-empty array");
        }
        List<JsonFields> result = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            String path = field(name) + "[" + i + "]";
            if (!element.isObject()) {
                throw ApiException.badRequest("field '" + path + "' must be an object");
            }
            result.add(new JsonFields(element, path + "."));
        }
        return result;
    }

    private int checkedInt(String name, JsonNode value, int min, int max) {
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw invalid(name, "must be a whole number");
        }
        int result = value.intValue();
        if (result < min || result > max) {
            throw invalid(name, "must be within " + min + ".." + max + " but was " + result);
        }
        return result;
    }

    private String field(String name) {
        return prefix + name;
    }

    private ApiException invalid(String name, String problem) {
        return ApiException.badRequest("field '" + field(name) + "' " + problem);
    }
}
