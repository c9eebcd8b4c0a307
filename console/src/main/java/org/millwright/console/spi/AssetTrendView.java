package org.millwright.console.spi;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The recent vibration of one asset for the live trend chart, with what the backtest report draws beside it: the
 * ISO 20816 zone boundaries, the limits of the rules that apply, the time-to-limit forecast of its condition
 * monitoring, and its episodes.
 *
 * @param assetId  canonical asset id
 * @param name     human name; may be empty
 * @param points   recent samples, oldest first
 * @param ab       A/B zone boundary in mm/s RMS
 * @param bc       B/C zone boundary
 * @param cd       C/D zone boundary
 * @param limits   the vibration limits of the rules that apply to the asset
 * @param forecast the latest time-to-limit forecast, when the condition-monitoring rule made one
 * @param episodes the asset's episodes that overlap the samples' time span, oldest first
 */
public record AssetTrendView(String assetId, String name, List<Point> points, double ab, double bc, double cd,
                             List<Limit> limits, Optional<Forecast> forecast, List<EpisodeSpan> episodes) {

    /** One sample. */
    public record Point(Instant at, double value) {
        public Point {
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * A rule limit on the vibration.
     *
     * @param label      what it is, e.g. {@code "bearing-vibration-zone raise at C (2.8)"}
     * @param value      mm/s RMS
     * @param escalation whether crossing it escalates the condition rather than raising it
     */
    public record Limit(String label, double value, boolean escalation) {
        public Limit {
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * A time-to-limit forecast: from {@code level} at {@code from}, {@code limit} is reached after {@code central},
     * and within the 95 % band between {@code earliest} and {@code latest}.
     */
    public record Forecast(Instant from, double level, double limit, Duration earliest, Duration central,
                           Duration latest) {
        public Forecast {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(earliest, "earliest");
            Objects.requireNonNull(central, "central");
            Objects.requireNonNull(latest, "latest");
        }
    }

    /**
     * An episode of the asset: from its opening to its closing (empty while open).
     *
     * @param severity its current (highest) severity: ADVISORY, WARNING, ALARM or TRIP
     */
    public record EpisodeSpan(String id, String failureMode, String severity, Instant openedAt,
                              Optional<Instant> closedAt) {
        public EpisodeSpan {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(failureMode, "failureMode");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(openedAt, "openedAt");
            Objects.requireNonNull(closedAt, "closedAt");
        }
    }

    public AssetTrendView {
        Objects.requireNonNull(assetId, "assetId");
        Objects.requireNonNull(name, "name");
        points = List.copyOf(points);
        if (!(0 < ab && ab < bc && bc < cd)) {
            throw new IllegalArgumentException("zone boundaries must rise: " + ab + ", " + bc + ", " + cd);
        }
        limits = List.copyOf(limits);
        Objects.requireNonNull(forecast, "forecast");
        episodes = List.copyOf(episodes);
    }

    /** A trend with zones only: no limits, forecast or episodes. */
    public AssetTrendView(String assetId, String name, List<Point> points, double ab, double bc, double cd) {
        this(assetId, name, points, ab, bc, cd, List.of(), Optional.empty(), List.of());
    }
}
