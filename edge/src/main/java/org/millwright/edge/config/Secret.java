package org.millwright.edge.config;

import java.util.Objects;

/**
 * A secret read from the environment or a file at start-up; never written in the configuration file itself.
 * {@link #toString()} names where it came from, never the value.
 *
 * @param origin where it was read, e.g. {@code env MILLWRIGHT_EDGE_PASSWORD}
 * @param value  the secret
 */
public record Secret(String origin, String value) {
    public Secret {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return "Secret[from " + origin + "]";
    }
}
