package org.millwright.onboarding.internal.config;

import java.util.Objects;

/**
 * A secret resolved from its reference in a plant file. Its text never appears in {@link #toString()}; two secrets are
 * equal when their values are, so that a rotated password restarts the source that uses it.
 *
 * @param reference where it came from, e.g. {@code {env: NORTH_OPCUA_PASSWORD}}; safe to show
 * @param value     the secret itself
 */
public record Secret(String reference, String value) {
    public Secret {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return reference;
    }
}
