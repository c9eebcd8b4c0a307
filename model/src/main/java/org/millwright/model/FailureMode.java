package org.millwright.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A failure mode in the sense of ISO 14224 (e.g. {@code bearing-wear}, {@code overheating}). Rules name
 * it; one open episode may exist per asset and failure mode.
 */
public record FailureMode(String code) implements Comparable<FailureMode> {
    private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    public FailureMode {
        Objects.requireNonNull(code, "failure mode");
        if (!FORM.matcher(code).matches()) {
            throw new IllegalArgumentException("failure mode must match " + FORM + ": '" + code + "'");
        }
    }

    public static FailureMode of(String code) {
        return new FailureMode(code);
    }

    @Override
    public int compareTo(FailureMode other) {
        return code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
