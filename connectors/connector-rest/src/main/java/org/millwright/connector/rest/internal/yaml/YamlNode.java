package org.millwright.connector.rest.internal.yaml;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.millwright.connector.rest.RestConfigException;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * One value in a {@link YamlDocument} with its place: typed reads whose errors name the file, the line and the
 * dotted path of the value ({@code operations.reserve.url}).
 */
public final class YamlNode {
    private final YamlDocument document;
    private final JsonNode value;
    private final JsonPointer pointer;
    private final String path;

    YamlNode(YamlDocument document, JsonNode value, JsonPointer pointer, String path) {
        this.document = document;
        this.value = value;
        this.pointer = pointer;
        this.path = path;
    }

    public JsonNode value() {
        return value;
    }

    public int line() {
        return document.line(pointer);
    }

    /** The dotted path of this value, e.g. {@code operations.reserve.body}; {@code (top level)} for the root. */
    public String path() {
        return path.isEmpty() ? "(top level)" : path;
    }

    /** An error at this value: {@code <file> line <n>: <path>: <problem>}. */
    public RestConfigException error(String problem) {
        return document.error(pointer, path() + ": " + problem);
    }

    public boolean isObject() {
        return value.isObject();
    }

    public boolean isArray() {
        return value.isArray();
    }

    public boolean isText() {
        return value.isString();
    }

    public boolean has(String key) {
        return value.isObject() && value.has(key) && !value.get(key).isNull();
    }

    public YamlNode get(String key) {
        return new YamlNode(document, value.path(key), pointer.appendProperty(key),
                path.isEmpty() ? key : path + "." + key);
    }

    /** The value at a JSON Pointer below this one (its line for a message), as far as the pointer leads. */
    public YamlNode at(JsonPointer relative) {
        YamlNode node = this;
        for (JsonPointer rest = relative; !rest.matches(); rest = rest.tail()) {
            if (node.value.isArray() && rest.getMatchingIndex() >= 0 && rest.getMatchingIndex() < node.value.size()) {
                node = node.elements().get(rest.getMatchingIndex());
            } else if (node.value.isObject() && node.value.has(rest.getMatchingProperty())) {
                node = node.get(rest.getMatchingProperty());
            } else {
                break;
            }
        }
        return node;
    }

    public Optional<YamlNode> optional(String key) {
        return has(key) ? Optional.of(get(key)) : Optional.empty();
    }

    public YamlNode required(String key) {
        requireObject();
        if (!has(key)) {
            throw error("missing required key '" + key + "'");
        }
        return get(key);
    }

    public YamlNode requireObject() {
        if (!value.isObject()) {
            throw error("must be a mapping, found " + describe());
        }
        return this;
    }

    /** The keys of this mapping, in file order. */
    public List<String> keys() {
        requireObject();
        return List.copyOf(value.propertyNames());
    }

    /** The entries of this mapping, in file order. */
    public List<Map.Entry<String, YamlNode>> entries() {
        List<Map.Entry<String, YamlNode>> entries = new ArrayList<>();
        for (String key : keys()) {
            entries.add(Map.entry(key, get(key)));
        }
        return entries;
    }

    public List<YamlNode> elements() {
        if (!value.isArray()) {
            throw error("must be a list, found " + describe());
        }
        List<YamlNode> elements = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            elements.add(new YamlNode(document, value.get(i), pointer.appendIndex(i), path + "[" + i + "]"));
        }
        return elements;
    }

    /** Rejects keys other than these, naming the first unknown one and the allowed ones. */
    public YamlNode allowOnly(Collection<String> allowed) {
        for (String key : keys()) {
            if (!allowed.contains(key)) {
                throw get(key).error("unknown key '" + key + "'; allowed: " + String.join(", ", allowed));
            }
        }
        return this;
    }

    /** A scalar as text (numbers and booleans as written); not empty. */
    public String text() {
        if (!value.isValueNode() || value.isNull()) {
            throw error("must be a text, found " + describe());
        }
        String text = value.asString();
        if (text.isBlank()) {
            throw error("must not be empty");
        }
        return text;
    }

    public int positiveInt() {
        if (!value.isIntegralNumber() || value.asLong() < 1 || value.asLong() > Integer.MAX_VALUE) {
            throw error("must be a whole number of at least 1, found " + describe());
        }
        return value.asInt();
    }

    /** An ISO-8601 duration such as {@code PT10S}, more than zero. */
    public Duration duration() {
        String text = text();
        try {
            Duration duration = Duration.parse(text);
            if (duration.isNegative() || duration.isZero()) {
                throw error("must be more than zero: " + text);
            }
            return duration;
        } catch (DateTimeParseException e) {
            throw error("'" + text + "' is not an ISO-8601 duration such as PT10S or PT1M30S");
        }
    }

    public String describe() {
        if (value.isMissingNode() || value.isNull()) {
            return "no value";
        }
        if (value.isObject()) {
            return "a mapping";
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isNumber()) {
            return "the number " + value.asString();
        }
        if (value.isBoolean()) {
            return "the boolean " + value.asString();
        }
        return "the text '" + value.asString() + "'";
    }
}
