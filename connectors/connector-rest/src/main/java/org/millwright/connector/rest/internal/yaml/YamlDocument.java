package org.millwright.connector.rest.internal.yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.millwright.connector.rest.RestConfigException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * A YAML file read into a Jackson tree, remembering the line of every key and value so that a problem found later
 * names its line. Duplicate keys are rejected.
 */
public final class YamlDocument {
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private final String source;
    private final JsonNode root;
    private final Map<String, Integer> lines;

    private YamlDocument(String source, JsonNode root, Map<String, Integer> lines) {
        this.source = source;
        this.root = root;
        this.lines = lines;
    }

    /** Reads a file; its path names it in messages. */
    public static YamlDocument read(Path file) {
        String name = file.toString();
        try {
            return parse(Files.readString(file), name);
        } catch (IOException e) {
            throw new RestConfigException(name, 0, "cannot read " + file + ": " + e, e);
        }
    }

    public static YamlDocument parse(String text, String source) {
        Objects.requireNonNull(text, "text");
        Map<String, Integer> lines = new HashMap<>();
        JsonNode root;
        try {
            // first pass: where each key and value sits (the tree keeps no locations); second: the tree itself
            try (JsonParser parser = YAML.createParser(text)) {
                while (parser.nextToken() != null) {
                    if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                        throw new RestConfigException(source, parser.currentTokenLocation().getLineNr(),
                                "YAML aliases (*name) are not supported; write the value out again");
                    }
                    if (parser.currentToken() != JsonToken.END_OBJECT && parser.currentToken() != JsonToken.END_ARRAY) {
                        lines.putIfAbsent(parser.streamReadContext().pathAsPointer().toString(),
                                parser.currentTokenLocation().getLineNr());
                    }
                }
            }
            root = YAML.readTree(text);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new RestConfigException(source, Math.max(line, 0), "not valid YAML: " + summary(e), e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new RestConfigException(source, 0, "the file is empty");
        }
        return new YamlDocument(source, root, Map.copyOf(lines));
    }

    public String source() {
        return source;
    }

    public YamlNode root() {
        return new YamlNode(this, root, JsonPointer.empty(), "");
    }

    /** The line of the node at this pointer, or of its nearest ancestor that has one. */
    int line(JsonPointer at) {
        for (JsonPointer pointer = at; pointer != null; pointer = pointer.head()) {
            Integer line = lines.get(pointer.toString());
            if (line != null) {
                return line;
            }
        }
        return 1;
    }

    RestConfigException error(JsonPointer at, String problem) {
        return new RestConfigException(source, line(at), problem);
    }

    /** SnakeYAML's message without its multi-line excerpts of the text. */
    private static String summary(JacksonException e) {
        String message = e.getOriginalMessage();
        String summary = message.lines().filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
                .map(String::strip).collect(Collectors.joining("; "));
        return summary.isEmpty() ? message.strip() : summary;
    }
}
