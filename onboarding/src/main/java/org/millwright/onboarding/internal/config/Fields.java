package org.millwright.onboarding.internal.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A YAML mapping read key by key; rejects duplicate and unknown keys with their line. */
final class Fields {
    private final Doc doc;
    private final Yaml node;
    private final String what;
    private final Map<String, Yaml.Entry> entries;

    private Fields(Doc doc, Yaml node, String what, Map<String, Yaml.Entry> entries) {
        this.doc = doc;
        this.node = node;
        this.what = what;
        this.entries = entries;
    }

    /**
     * @param what    how messages call this mapping, e.g. "source 'plc-7'"
     * @param allowed the keys it may have
     */
    static Fields of(Doc doc, Yaml node, String what, String... allowed) {
        return read(doc, node, what, List.of(allowed));
    }

    /** A mapping whose keys are checked later (e.g. by the reader of its {@code kind}). */
    static Fields unchecked(Doc doc, Yaml node, String what) {
        return read(doc, node, what, null);
    }

    private static Fields read(Doc doc, Yaml node, String what, List<String> keys) {
        if (!(node instanceof Yaml.Mapping mapping)) {
            throw doc.error(node, what + " must be a mapping of keys to values, found " + Doc.describe(node));
        }
        Map<String, Yaml.Entry> entries = new LinkedHashMap<>();
        for (Yaml.Entry entry : mapping.entries()) {
            if (keys != null && !keys.contains(entry.key())) {
                throw doc.error(entry.line(), "unknown key '" + entry.key() + "' in " + what + "; allowed keys: "
                        + String.join(", ", keys));
            }
            Yaml.Entry first = entries.putIfAbsent(entry.key(), entry);
            if (first != null) {
                throw doc.error(entry.line(), "duplicate key '" + entry.key() + "' in " + what + " (first on line "
                        + first.line() + ")");
            }
        }
        return new Fields(doc, node, what, entries);
    }

    /** The same mapping under another name for messages. */
    Fields named(String newWhat) {
        return new Fields(doc, node, newWhat, entries);
    }

    Yaml node() {
        return node;
    }

    String what() {
        return what;
    }

    List<String> keys() {
        return List.copyOf(entries.keySet());
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    Yaml required(String key) {
        Yaml.Entry entry = entries.get(key);
        if (entry == null) {
            throw doc.error(node, "missing required key '" + key + "' in " + what);
        }
        return entry.value();
    }

    Optional<Yaml> optional(String key) {
        return Optional.ofNullable(entries.get(key)).map(Yaml.Entry::value);
    }

    String text(String key) {
        return doc.text(required(key), where(key));
    }

    Optional<String> optionalText(String key) {
        return optional(key).map(value -> doc.text(value, where(key)));
    }

    /** "'key' of source 'x'", for messages. */
    String where(String key) {
        return "'" + key + "' of " + what;
    }
}
