package org.millwright.connector.rest.internal.template;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The built-in filters: {@code minutes} and {@code seconds} turn a duration into a whole number (rounded up, so a
 * window is never asked shorter than needed); {@code lower} and {@code upper} change the case of a text. Any other
 * filter name is a table of the mapping file.
 */
public final class Filters {
    public static final String MINUTES = "minutes";
    public static final String SECONDS = "seconds";
    public static final String LOWER = "lower";
    public static final String UPPER = "upper";
    public static final List<String> BUILT_IN = List.of(MINUTES, SECONDS, LOWER, UPPER);

    private Filters() {
    }

    public static boolean isBuiltIn(String name) {
        return BUILT_IN.contains(name);
    }

    static JsonNode apply(String filter, JsonNode value, String placeholder) {
        return switch (filter) {
            case MINUTES -> number(ceilSeconds(duration(value, placeholder), 60));
            case SECONDS -> number(ceilSeconds(duration(value, placeholder), 1));
            case LOWER -> JsonNodeFactory.instance.stringNode(Scope.text(value).toLowerCase(Locale.ROOT));
            case UPPER -> JsonNodeFactory.instance.stringNode(Scope.text(value).toUpperCase(Locale.ROOT));
            default -> throw new IllegalStateException("not a built-in filter: " + filter);
        };
    }

    private static Duration duration(JsonNode value, String placeholder) {
        try {
            return Duration.parse(Scope.text(value));
        } catch (DateTimeParseException e) {
            throw new RenderException(placeholder + ": '" + Scope.text(value) + "' is not a duration");
        }
    }

    private static long ceilSeconds(Duration duration, long unit) {
        long seconds = duration.getSeconds() + (duration.getNano() > 0 ? 1 : 0);
        return Math.floorDiv(seconds + unit - 1, unit);
    }

    private static JsonNode number(long value) {
        return JsonNodeFactory.instance.numberNode(value);
    }
}
