package org.millwright.detect.internal.rules;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.millwright.detect.RuleSetException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** The text being parsed: turns YAML nodes into values, and problems into exceptions that name the line. */
final class Source {
    private final String name;

    Source(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    RuleSetException error(Node at, String problem) {
        return new RuleSetException(name, line(at), problem);
    }

    RuleSetException error(Node at, String problem, Throwable cause) {
        return new RuleSetException(name, line(at), problem, cause);
    }

    /** The text of a scalar that is not empty; any scalar type is accepted (numbers, dates are read as written). */
    String text(Node node, String what) {
        if (!(node instanceof ScalarNode scalar) || Tag.NULL.equals(node.getTag())) {
            throw error(node, what + " must be a text, found " + describe(node));
        }
        if (scalar.getValue().isBlank()) {
            throw error(node, what + " must not be empty");
        }
        return scalar.getValue().trim();
    }

    double number(Node node, String what) {
        if (!(node instanceof ScalarNode scalar)
                || !(Tag.INT.equals(node.getTag()) || Tag.FLOAT.equals(node.getTag()))) {
            throw error(node, what + " must be a number, found " + describe(node));
        }
        try {
            double value = Double.parseDouble(scalar.getValue().replace("_", ""));
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // falls through to the error below
        }
        throw error(node, what + " must be a finite decimal number, found '" + scalar.getValue() + "'");
    }

    /** An ISO-8601 duration such as {@code PT10S} that is not negative. */
    Duration duration(Node node, String what) {
        String text = text(node, what);
        Duration duration;
        try {
            duration = Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw error(node, what + " '" + text + "' is not an ISO-8601 duration such as PT10S or PT1M30S");
        }
        if (duration.isNegative()) {
            throw error(node, what + " must not be negative: " + text);
        }
        return duration;
    }

    /**
     * An enum constant by name, ignoring case; the error lists the allowed names.
     *
     * @param kind  what the constants are, e.g. "zone"
     * @param where where the value sits, e.g. "'raiseAt' of rule 'x'"
     */
    <E extends Enum<E>> E enumValue(Node node, Class<E> type, String kind, String where) {
        String text = text(node, where);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text)) {
                return constant;
            }
        }
        throw error(node, "unknown " + kind + " '" + text + "' in " + where + "; allowed: " + names(type.getEnumConstants()));
    }

    /** The items of a list; a single scalar counts as a list of one. */
    List<Node> list(Node node, String what) {
        if (node instanceof SequenceNode sequence) {
            if (sequence.getValue().isEmpty()) {
                throw error(node, what + " must list at least one entry");
            }
            return sequence.getValue();
        }
        if (node instanceof ScalarNode && !Tag.NULL.equals(node.getTag())) {
            return List.of(node);
        }
        throw error(node, what + " must be a list, found " + describe(node));
    }

    static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        ScalarNode scalar = (ScalarNode) node;
        Tag tag = node.getTag();
        if (Tag.NULL.equals(tag)) {
            return "no value";
        }
        if (Tag.INT.equals(tag) || Tag.FLOAT.equals(tag)) {
            return "the number " + scalar.getValue();
        }
        if (Tag.BOOL.equals(tag)) {
            return "the boolean " + scalar.getValue();
        }
        return "the text '" + scalar.getValue() + "'";
    }

    static String names(Enum<?>[] constants) {
        StringBuilder text = new StringBuilder();
        for (Enum<?> constant : constants) {
            if (text.length() > 0) {
                text.append(", ");
            }
            text.append(constant.name());
        }
        return text.toString().toUpperCase(Locale.ROOT);
    }
}
