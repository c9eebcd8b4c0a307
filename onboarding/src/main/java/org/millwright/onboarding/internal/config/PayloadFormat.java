package org.millwright.onboarding.internal.config;

import java.util.Objects;
import java.util.Optional;

/**
 * Where the fields of a JSON sample sit in a plant's payloads. A path is a field name, or names joined by dots for
 * nested objects ({@code data.v}).
 *
 * @param value     the number; default {@code value}
 * @param timestamp the observation time, an ISO-8601 instant text or epoch milliseconds; empty means the payload has
 *                  none and the arrival time is used (file: {@code timestamp: arrival}); default {@code ts}
 * @param quality   optional field with GOOD, UNCERTAIN, BAD or STALE (any case); a payload without it is GOOD;
 *                  default {@code quality}
 */
public record PayloadFormat(String value, Optional<String> timestamp, String quality) {
    /** {@code {"value": 4.2, "ts": "2026-11-25T18:00:00Z", "quality": "GOOD"}}. */
    public static final PayloadFormat DEFAULT = new PayloadFormat("value", Optional.of("ts"), "quality");

    public PayloadFormat {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(quality, "quality");
    }
}
