package org.millwright.onboarding.internal.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An MQTT topic layout with named levels, e.g. {@code plant7/{cell}/{machine}/{point}}: each {@code {name}} stands
 * for exactly one topic level, the other levels must match literally. Its subscription filter replaces every named
 * level by {@code +}.
 *
 * @param text   the template as written
 * @param levels the levels; a named one is kept as {@code {name}}
 */
public record TopicTemplate(String text, List<String> levels) {
    private static final Pattern NAME = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_-]{0,31})}");

    public TopicTemplate {
        Objects.requireNonNull(text, "text");
        levels = List.copyOf(levels);
    }

    /**
     * Reads a template.
     *
     * @throws IllegalArgumentException naming the problem: an empty level, a wildcard, a name used twice, braces
     *                                  that do not span a whole level, or no named level at all
     */
    public static TopicTemplate parse(String text) {
        if (text.isEmpty() || text.startsWith("$")) {
            throw new IllegalArgumentException("topic template '" + text + "' must be a topic such as plant7/{machine}/{point}");
        }
        List<String> levels = List.of(text.split("/", -1));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            String level = levels.get(i);
            if (level.isEmpty()) {
                throw new IllegalArgumentException("topic template '" + text + "' has an empty level " + (i + 1));
            }
            if (level.contains("+") || level.contains("#")) {
                throw new IllegalArgumentException("topic template '" + text + "' contains a wildcard at level "
                        + (i + 1) + "; write {name} for a level that varies");
            }
            var name = NAME.matcher(level);
            if (name.matches()) {
                if (names.contains(name.group(1))) {
                    throw new IllegalArgumentException("topic template '" + text + "' names {" + name.group(1)
                            + "} twice");
                }
                names.add(name.group(1));
            } else if (level.contains("{") || level.contains("}")) {
                throw new IllegalArgumentException("topic template '" + text + "' level " + (i + 1) + " '" + level
                        + "' must be either literal text or one {name} (letters, digits, '_' or '-') spanning the level");
            }
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException("topic template '" + text + "' names no level; write {name} for each"
                    + " level that identifies a tag, e.g. plant7/{machine}/{point}");
        }
        return new TopicTemplate(text, levels);
    }

    /** The names of the named levels, in topic order. */
    public List<String> names() {
        return levels.stream().filter(TopicTemplate::isNamed).map(level -> level.substring(1, level.length() - 1))
                .toList();
    }

    /** The subscription filter: named levels become {@code +}. */
    public String filter() {
        return String.join("/", levels.stream().map(level -> isNamed(level) ? "+" : level).toList());
    }

    /** The values of the named levels in {@code topic}, in topic order; empty when the topic has another layout. */
    public Optional<List<String>> match(String topic) {
        String[] parts = topic.split("/", -1);
        if (parts.length != levels.size()) {
            return Optional.empty();
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String level = levels.get(i);
            if (isNamed(level)) {
                if (parts[i].isEmpty()) {
                    return Optional.empty();
                }
                values.add(parts[i]);
            } else if (!level.equals(parts[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(values);
    }

    private static boolean isNamed(String level) {
        return level.startsWith("{") && level.endsWith("}");
    }
}
