package org.millwright.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Canonical, enterprise-wide asset id (the ISA-95 equipment id), e.g. {@code north-l1-motor-01}.
 * Lower-case letters, digits and dashes, 1–64 characters, so it is safe in MQTT topics, URLs and
 * the external-reference fields of systems of record.
 */
public record AssetId(String value) implements Comparable<AssetId> {
    private static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    public AssetId {
        Objects.requireNonNull(value, "asset id");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("asset id must match " + FORM + ": '" + value + "'");
        }
    }

    public static AssetId of(String value) {
        return new AssetId(value);
    }

    /** Whether {@code candidate} has the form of an asset id; for decoders, which must not throw on wire data. */
    public static boolean isValid(String candidate) {
        return candidate != null && FORM.matcher(candidate).matches();
    }

    @Override
    public int compareTo(AssetId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
