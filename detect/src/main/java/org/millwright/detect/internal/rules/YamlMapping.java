package org.millwright.detect.internal.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** A YAML mapping with scalar keys, read key by key; rejects duplicate and unknown keys with their line. */
final class YamlMapping {
    private final Source source;
    private final Node node;
    private final String what;
    private final Map<String, NodeTuple> entries;

    private YamlMapping(Source source, Node node, String what, Map<String, NodeTuple> entries) {
        this.source = source;
        this.node = node;
        this.what = what;
        this.entries = entries;
    }

    /**
     * @param what how error messages call this mapping, e.g. "rule 'bearing-wear'"
     */
    static YamlMapping of(Source source, Node node, String what) {
        if (!(node instanceof MappingNode mapping)) {
            throw source.error(node, what + " must be a mapping of keys to values, found " + Source.describe(node));
        }
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw source.error(tuple.getKeyNode(), "keys in " + what + " must be plain names");
            }
            NodeTuple first = entries.putIfAbsent(key.getValue(), tuple);
            if (first != null) {
                throw source.error(key, "duplicate key '" + key.getValue() + "' in " + what + " (first on line "
                        + Source.line(first.getKeyNode()) + ")");
            }
        }
        return new YamlMapping(source, node, what, entries);
    }

    /** The same mapping under another name for error messages. */
    YamlMapping named(String newWhat) {
        return new YamlMapping(source, node, newWhat, entries);
    }

    /**
     * This mapping on top of {@code base}: every key of the base except {@code notInherited}, overridden by this
     * mapping's own keys. Problems in inherited values still point at the base's lines.
     */
    YamlMapping inherit(YamlMapping base, List<String> notInherited) {
        Map<String, NodeTuple> merged = new LinkedHashMap<>();
        base.entries.forEach((key, tuple) -> {
            if (!notInherited.contains(key)) {
                merged.put(key, tuple);
            }
        });
        merged.putAll(entries);
        return new YamlMapping(source, node, what, merged);
    }

    String what() {
        return what;
    }

    Node node() {
        return node;
    }

    void allowOnly(List<String> allowed) {
        for (NodeTuple tuple : entries.values()) {
            String key = ((ScalarNode) tuple.getKeyNode()).getValue();
            if (!allowed.contains(key)) {
                throw source.error(tuple.getKeyNode(), "unknown key '" + key + "' in " + what + "; allowed keys: "
                        + String.join(", ", allowed));
            }
        }
    }

    List<String> keys() {
        return List.copyOf(entries.keySet());
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    Node keyNode(String key) {
        return entries.get(key).getKeyNode();
    }

    Node required(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            throw source.error(node, "missing required key '" + key + "' in " + what);
        }
        return tuple.getValueNode();
    }

    Optional<Node> optional(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? Optional.empty() : Optional.of(tuple.getValueNode());
    }

    /** How error messages name a key of this mapping: "'above' of rule 'x'". */
    String describeKey(String key) {
        return "'" + key + "' of " + what;
    }
}
