package org.millwright.console.spi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Copying helpers shared by the view records. */
final class Views {

    private Views() {
    }

    /** An unmodifiable copy that keeps the iteration order of {@code source}; null keys or values are rejected. */
    static Map<String, String> orderedCopy(Map<String, String> source, String what) {
        Objects.requireNonNull(source, what);
        Map<String, String> copy = new LinkedHashMap<>();
        source.forEach((key, value) -> copy.put(Objects.requireNonNull(key, what + " key"),
                Objects.requireNonNull(value, what + " value of " + key)));
        return Collections.unmodifiableMap(copy);
    }

    /** An unmodifiable copy; null elements are rejected. */
    static <T> List<T> copy(List<T> source, String what) {
        Objects.requireNonNull(source, what);
        return List.copyOf(source);
    }
}
