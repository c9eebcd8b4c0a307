package org.millwright.edge.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One node of the configuration tree with its dotted path ({@code hub.port}, {@code sources[2].endpoint}); every
 * conversion fails with an {@link EdgeConfigException} naming the file, the node's line, the path and the problem.
 */
final class ConfigNode {
    private static final Pattern BYTES = Pattern.compile("(\\d+)\\s*(B|KiB|MiB|GiB)?");

    /** What every node of one file shares. */
    record Context(String file, Path baseDirectory, Function<String, String> environment) {
    }

    private final Context context;
    private final Node node;
    private final String path;
    private Map<String, NodeTuple> entries;

    ConfigNode(Context context, Node node, String path) {
        this.context = context;
        this.node = node;
        this.path = path;
    }

    String path() {
        return path;
    }

    int line() {
        return node.getStartMark().getLine() + 1;
    }

    EdgeConfigException fail(String problem) {
        return new EdgeConfigException(context.file(), line(), (path.isEmpty() ? "" : path + ": ") + problem);
    }

    /** Checks this is a mapping with only {@code allowed} keys, each once. */
    ConfigNode mapping(List<String> allowed) {
        if (!(node instanceof MappingNode mapping)) {
            throw fail("must be a mapping of keys to values, found " + describe());
        }
        entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            ConfigNode key = new ConfigNode(context, tuple.getKeyNode(), path);
            if (!(tuple.getKeyNode() instanceof ScalarNode scalar)) {
                throw key.fail("keys must be plain names");
            }
            if (!allowed.contains(scalar.getValue())) {
                throw key.fail("unknown key '" + scalar.getValue() + "'; allowed: " + String.join(", ", allowed));
            }
            NodeTuple first = entries.putIfAbsent(scalar.getValue(), tuple);
            if (first != null) {
                throw key.fail("key '" + scalar.getValue() + "' appears twice (first on line "
                        + (first.getKeyNode().getStartMark().getLine() + 1) + ")");
            }
        }
        return this;
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    ConfigNode get(String key) {
        return find(key).orElseThrow(() -> fail("missing required key '" + key + "'"));
    }

    Optional<ConfigNode> find(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? Optional.empty()
                : Optional.of(new ConfigNode(context, tuple.getValueNode(), path.isEmpty() ? key : path + '.' + key));
    }

    List<ConfigNode> list() {
        if (!(node instanceof SequenceNode sequence)) {
            throw fail("must be a list, found " + describe());
        }
        List<ConfigNode> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            items.add(new ConfigNode(context, item, path + '[' + (items.size() + 1) + ']'));
        }
        return items;
    }

    String text() {
        if (!(node instanceof ScalarNode scalar) || Tag.NULL.equals(node.getTag())) {
            throw fail("must be a text, found " + describe());
        }
        if (scalar.getValue().isBlank()) {
            throw fail("must not be empty");
        }
        return scalar.getValue().strip();
    }

    /** A text matching {@code pattern}; {@code expected} says what that is in words. */
    String text(Pattern pattern, String expected) {
        String text = text();
        if (!pattern.matcher(text).matches()) {
            throw fail("'" + text + "' is not " + expected);
        }
        return text;
    }

    long whole(long min, long max) {
        String text = number("a whole number");
        try {
            long value = Long.parseLong(text.replace("_", ""));
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw fail("must be a whole number from " + min + " to " + max + ", found " + text);
    }

    double decimal() {
        String text = number("a number");
        double value = Double.parseDouble(text.replace("_", ""));
        if (!Double.isFinite(value)) {
            throw fail("must be a finite number, found " + text);
        }
        return value;
    }

    boolean bool() {
        if (!(node instanceof ScalarNode scalar) || !Tag.BOOL.equals(node.getTag())) {
            throw fail("must be true or false, found " + describe());
        }
        return Boolean.parseBoolean(scalar.getValue().toLowerCase(Locale.ROOT));
    }

    /** An ISO-8601 duration such as {@code PT10S}; {@code positive} also refuses zero. */
    Duration duration(boolean positive) {
        String text = text();
        Duration duration;
        try {
            duration = Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw fail("'" + text + "' is not an ISO-8601 duration such as PT10S, PT5M or PT24H");
        }
        if (duration.isNegative() || positive && duration.isZero()) {
            throw fail("must be " + (positive ? "more than zero" : "zero or more") + ", found " + text);
        }
        return duration;
    }

    /** A size in bytes: a whole number, optionally followed by B, KiB, MiB or GiB. */
    long bytes() {
        String text = text();
        Matcher matcher = BYTES.matcher(text);
        if (!matcher.matches()) {
            throw fail("'" + text + "' is not a size such as 1048576, 512 KiB, 256 MiB or 2 GiB");
        }
        int shift = switch (matcher.group(2) == null ? "B" : matcher.group(2)) {
            case "KiB" -> 10;
            case "MiB" -> 20;
            case "GiB" -> 30;
            default -> 0;
        };
        try {
            long value = Long.parseLong(matcher.group(1));
            if (value > 0 && value <= Long.MAX_VALUE >> shift) {
                return value << shift;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw fail("size '" + text + "' must be more than zero and at most 8 EiB");
    }

    <E extends Enum<E>> E choice(Class<E> type) {
        String text = text();
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text.replace('-', '_'))) {
                return constant;
            }
            names.add(constant.name());
        }
        throw fail("'" + text + "' is not one of " + String.join(", ", names));
    }

    /** A file path; relative paths are taken from the configuration file's folder. */
    Path file() {
        return context.baseDirectory().resolve(text()).normalize();
    }

    /** A secret given as {@code {env: NAME}} or {@code {file: path}}; a literal value is refused. */
    Secret secret() {
        if (node instanceof ScalarNode && !Tag.NULL.equals(node.getTag())) {
            throw fail("a secret must not be written in the file; give {env: VARIABLE} or {file: path}");
        }
        mapping(List.of("env", "file"));
        if (entries.size() != 1) {
            throw fail("give exactly one of {env: VARIABLE} or {file: path}");
        }
        if (has("env")) {
            ConfigNode name = get("env");
            String variable = name.text();
            String value = context.environment().apply(variable);
            if (value == null || value.isEmpty()) {
                throw name.fail("environment variable " + variable + " is not set or empty");
            }
            return new Secret("env " + variable, value);
        }
        ConfigNode file = get("file");
        Path location = file.file();
        try {
            String value = Files.readString(location, StandardCharsets.UTF_8).strip();
            if (value.isEmpty()) {
                throw file.fail("secret file " + location + " is empty");
            }
            return new Secret("file " + location, value);
        } catch (IOException e) {
            throw file.fail("cannot read secret file " + location + ": " + e.getMessage());
        }
    }

    private String number(String expected) {
        if (!(node instanceof ScalarNode scalar)
                || !(Tag.INT.equals(node.getTag()) || Tag.FLOAT.equals(node.getTag()))) {
            throw fail("must be " + expected + ", found " + describe());
        }
        return scalar.getValue();
    }

    private String describe() {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (Tag.NULL.equals(node.getTag())) {
            return "nothing";
        }
        return "'" + ((ScalarNode) node).getValue() + "'";
    }
}
