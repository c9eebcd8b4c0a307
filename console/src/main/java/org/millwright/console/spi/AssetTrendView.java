package org.millwright.console.spi;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The recent vibration of one asset with its ISO 20816 zone boundaries, for the live trend chart.
 *
 * @param assetId canonical asset id
 * @param name    human name; may be empty
 * @param points  recent samples, oldest first
 * @param ab      A/B zone boundary in mm/s RMS
 * @param bc      B/C zone boundary
 * @param cd      C/D zone boundary
 */
public record AssetTrendView(String assetId, String name, List<Point> points, double ab, double bc, double cd) {

    /** One sample. */
    public record Point(Instant at, double value) {
        public Point {
            Objects.requireNonNull(at, "at");
        }
    }

    public AssetTrendView {
        Objects.requireNonNull(assetId, "assetId");
        Objects.requireNonNull(name, "name");
        points = List.copyOf(points);
        if (!(0 < ab && ab < bc && bc < cd)) {
            throw new IllegalArgumentException("zone boundaries must rise: " + ab + ", " + bc + ", " + cd);
        }
    }
}
