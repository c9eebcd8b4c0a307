package org.millwright.onboarding.internal.config;

import java.util.ArrayList;
import java.util.List;
import org.millwright.onboarding.PlantConfigException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.dataformat.yaml.YAMLFactory;

/**
 * A YAML document as a small tree in which every node knows its line, read with Jackson's YAML streaming parser.
 * (Jackson's own trees forget where a value was, and the plant file's errors must say which line is wrong.)
 */
sealed interface Yaml permits Yaml.Scalar, Yaml.Sequence, Yaml.Mapping {

    /** The 1-based line the node starts on. */
    int line();

    /** How a scalar was written: YAML decides, e.g. {@code 4840} is an integer, {@code "4840"} a text. */
    enum Type { TEXT, INTEGER, DECIMAL, BOOLEAN, NULL }

    /** A single value, with its text as written. */
    record Scalar(String text, Type type, int line) implements Yaml {
    }

    /** A list. */
    record Sequence(List<Yaml> items, int line) implements Yaml {
    }

    /** One key of a mapping with its value. */
    record Entry(String key, int line, Yaml value) {
    }

    /** A mapping, keys in file order (duplicates are kept, for the reader to reject with both lines). */
    record Mapping(List<Entry> entries, int line) implements Yaml {
    }

    /**
     * Parses one document.
     *
     * @throws PlantConfigException naming {@code file} and the line, when the text is not YAML, holds no document or
     *                              more than one
     */
    static Yaml parse(String text, String file) {
        YAMLFactory factory = YAMLFactory.builder().build();
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new PlantConfigException(file, 1, "the plant file is empty; expected id, name, site and sources");
            }
            Yaml root = read(parser, first);
            if (parser.nextToken() != null) {
                throw new PlantConfigException(file, line(parser), "a plant file holds one YAML document; found another");
            }
            return root;
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            String problem = String.valueOf(e.getOriginalMessage()).replaceAll("\\s+", " ").strip();
            throw new PlantConfigException(file, line, "not valid YAML: " + problem, e);
        }
    }

    private static Yaml read(JsonParser parser, JsonToken token) {
        int line = line(parser);
        switch (token) {
            case START_OBJECT -> {
                List<Entry> entries = new ArrayList<>();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_OBJECT; next = parser.nextToken()) {
                    String key = parser.currentName();
                    int keyLine = line(parser);
                    entries.add(new Entry(key, keyLine, read(parser, parser.nextToken())));
                }
                return new Mapping(List.copyOf(entries), line);
            }
            case START_ARRAY -> {
                List<Yaml> items = new ArrayList<>();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                    items.add(read(parser, next));
                }
                return new Sequence(List.copyOf(items), line);
            }
            case VALUE_NUMBER_INT -> {
                return new Scalar(parser.getString(), Type.INTEGER, line);
            }
            case VALUE_NUMBER_FLOAT -> {
                return new Scalar(parser.getString(), Type.DECIMAL, line);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new Scalar(parser.getString(), Type.BOOLEAN, line);
            }
            case VALUE_NULL -> {
                return new Scalar("", Type.NULL, line);
            }
            default -> {
                return new Scalar(parser.getString(), Type.TEXT, line);
            }
        }
    }

    private static int line(JsonParser parser) {
        return Math.max(1, parser.currentTokenLocation().getLineNr());
    }
}
