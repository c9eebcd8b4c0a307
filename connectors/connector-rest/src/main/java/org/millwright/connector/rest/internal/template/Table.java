package org.millwright.connector.rest.internal.template;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A named translation table of a mapping file, e.g. severity → priority. The key {@code "*"} is the answer for any
 * value not listed. Values keep their YAML type, so {@code TRIP: 1} renders as the number 1.
 */
public record Table(String name, Map<String, JsonNode> entries) {
    public static final String ANY = "*";

    public Table {
        entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    public Optional<JsonNode> lookup(String key) {
        JsonNode value = entries.get(key);
        if (value == null) {
            value = entries.get(ANY);
        }
        return Optional.ofNullable(value);
    }

    public boolean covers(String key) {
        return entries.containsKey(key) || entries.containsKey(ANY);
    }
}
