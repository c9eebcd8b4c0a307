package org.millwright.connector.rest.internal.template;

import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The values a call offers its templates (the request's fields as JSON values) and the mapping's tables. */
public final class Scope {
    private final Map<String, JsonNode> values;
    private final Map<String, Table> tables;

    public Scope(Map<String, JsonNode> values, Map<String, Table> tables) {
        this.values = Map.copyOf(values);
        this.tables = Map.copyOf(tables);
    }

    /** This scope with more values, which hide same-named ones (an {@code each} element's fields). */
    public Scope with(Map<String, JsonNode> more) {
        Map<String, JsonNode> all = new HashMap<>(values);
        all.putAll(more);
        return new Scope(all, tables);
    }

    /** The placeholder's value after its filters. */
    public JsonNode value(Template.Placeholder placeholder) {
        JsonNode value = values.get(placeholder.name());
        if (value == null) {
            // the load-time check makes this unreachable for mapped operations
            throw new RenderException(placeholder.text() + " has no value in this call");
        }
        for (String filter : placeholder.filters()) {
            if (Filters.isBuiltIn(filter)) {
                value = Filters.apply(filter, value, placeholder.text());
            } else {
                Table table = tables.get(filter);
                if (table == null) {
                    throw new RenderException(placeholder.text() + ": no table '" + filter + "'");
                }
                String key = text(value);
                value = table.lookup(key).orElseThrow(() -> new RenderException(placeholder.text() + ": '" + key
                        + "' has no entry in table '" + filter + "' (entries: " + String.join(", ",
                        table.entries().keySet()) + "; add one, or a default \"*\")"));
            }
        }
        return value;
    }

    /** The text of a value: a text as is, a number or boolean as written, a list or object as JSON. */
    public static String text(JsonNode value) {
        return value.isValueNode() ? value.asString() : value.toString();
    }
}
