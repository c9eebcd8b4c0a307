package org.millwright.orchestrate;

import java.util.Objects;

/**
 * A business service's answer and the configured system of record that served it.
 *
 * @param system the name of the system in the systems configuration, e.g. {@code s4-north}
 */
public record Served<T>(T value, String system) {
    public Served {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(system, "system");
    }
}
