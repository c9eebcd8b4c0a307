package org.millwright.console.spi;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One row of the asset table.
 *
 * @param assetId canonical asset id
 * @param name human name of the asset; may be empty
 * @param site ISA-95 site; may be empty
 * @param line ISA-95 line; may be empty
 * @param assetClass asset class, e.g. {@code PUMP}; may be empty
 * @param health {@code OK}, {@code WARNING}, {@code ALARM} or {@code TRIP} (other values are shown uncoloured)
 * @param zone ISO 20816 zone ({@code A}..{@code D}); may be empty
 * @param vibration last vibration velocity in mm/s RMS, if any
 * @param temperature last temperature in °C, if any
 * @param lastSampleAt time of the last sample, if any
 */
public record AssetHealthView(String assetId, String name, String site, String line, String assetClass,
        String health, String zone, OptionalDouble vibration, OptionalDouble temperature,
        Optional<Instant> lastSampleAt) {

    /** Rejects nulls: absent text is an empty string, absent numbers and times are empty optionals. */
    public AssetHealthView {
        Objects.requireNonNull(assetId, "assetId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(assetClass, "assetClass");
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(vibration, "vibration");
        Objects.requireNonNull(temperature, "temperature");
        Objects.requireNonNull(lastSampleAt, "lastSampleAt");
    }
}
