package org.millwright.chart;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.millwright.chart.internal.Canvas;

/**
 * One signal of one asset over time as a self-contained inline SVG (no scripts, styles or fonts; colours as
 * attributes), the same in the backtest report and the console: the samples as a min–max band with the mean line
 * (a gap of more than three times the usual sample spacing stays empty), the ISO 20816 zones as coloured bands, rule limits as dashed lines (darker when they escalate),
 * episodes as shaded spans coloured by severity, vertical markers (e.g. ground truth), and a time-to-limit forecast
 * as a line to the limit inside its confidence band. The value axis is scaled to the level (bucket means), zones,
 * limits and forecast, not to single spikes, which are clipped. A forecast beyond the data widens the time axis by
 * at most half the data's span; what lies further is cut at the right edge and its label says when. Every text is
 * escaped, so the SVG can go into a page as it is. Immutable; build with {@link #of} and the withers.
 *
 * @param title     names the chart (its accessible label), e.g. {@code "north-l1-motor-01 vibration"}
 * @param unit      the value axis unit, e.g. {@code "mm/s"}
 * @param from      the start of the time axis, epoch millis
 * @param to        the end of the data, epoch millis; at least {@code from}
 * @param series    the samples
 * @param zones     ISO 20816 zone boundaries to draw as bands; with them the value axis starts at 0
 * @param limits    rule limits
 * @param episodes  episodes (or any intervals) to shade
 * @param markers   vertical lines
 * @param forecast  a time-to-limit forecast
 */
public record TimeChart(String title, String unit, long from, long to, Series series, Optional<Zones> zones,
                        List<Limit> limits, List<Episode> episodes, List<Marker> markers,
                        Optional<Forecast> forecast) {
    /** ISO 20816 zone boundaries A/B, B/C, C/D, rising. */
    public record Zones(double ab, double bc, double cd) {
        public Zones {
            if (!(0 < ab && ab < bc && bc < cd)) {
                throw new IllegalArgumentException("zone boundaries must rise: " + ab + ", " + bc + ", " + cd);
            }
        }
    }

    /** A rule limit; {@code escalation} limits are drawn darker. */
    public record Limit(double value, String label, boolean escalation) {
        public Limit {
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * An interval to shade, e.g. an episode from its raise to its clear (or the end of the data while open).
     *
     * @param severity ADVISORY, WARNING, ALARM or TRIP pick the colour; anything else is grey
     * @param title    the tooltip, e.g. the evidence
     */
    public record Episode(long from, long to, String severity, String title) {
        public Episode {
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(title, "title");
        }
    }

    /** A vertical line at an instant, e.g. the onset of an injected failure. */
    public record Marker(long at, String colour, boolean dashed, String title) {
        public Marker {
            Objects.requireNonNull(colour, "colour");
            Objects.requireNonNull(title, "title");
        }
    }

    /**
     * A forecast: from {@code level} at {@code from}, {@code limit} is reached at {@code central}, and within the
     * confidence band between {@code earliest} and {@code latest} (all epoch millis).
     *
     * @param label written at the end of the forecast, e.g. {@code "C/D 7.1 mm/s in 40 h (95 %: 31 to 58 h)"}
     */
    public record Forecast(long from, double level, double limit, long earliest, long central, long latest,
                           String label) {
        public Forecast {
            Objects.requireNonNull(label, "label");
            if (!(from <= earliest && earliest <= central && central <= latest)) {
                throw new IllegalArgumentException("forecast times must rise from its start: " + from + ", " + earliest
                        + ", " + central + ", " + latest);
            }
        }
    }

    public TimeChart {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(zones, "zones");
        Objects.requireNonNull(forecast, "forecast");
        limits = List.copyOf(limits);
        episodes = List.copyOf(episodes);
        markers = List.copyOf(markers);
        if (to < from) {
            throw new IllegalArgumentException("chart ends before it starts: " + from + " > " + to);
        }
    }

    /** A chart of the samples alone. */
    public static TimeChart of(String title, String unit, long from, long to, Series series) {
        return new TimeChart(title, unit, from, to, series, Optional.empty(), List.of(), List.of(), List.of(),
                Optional.empty());
    }

    public TimeChart withZones(Zones newZones) {
        return new TimeChart(title, unit, from, to, series, Optional.of(newZones), limits, episodes, markers, forecast);
    }

    public TimeChart withLimits(List<Limit> newLimits) {
        return new TimeChart(title, unit, from, to, series, zones, newLimits, episodes, markers, forecast);
    }

    public TimeChart withEpisodes(List<Episode> newEpisodes) {
        return new TimeChart(title, unit, from, to, series, zones, limits, newEpisodes, markers, forecast);
    }

    public TimeChart withMarkers(List<Marker> newMarkers) {
        return new TimeChart(title, unit, from, to, series, zones, limits, episodes, newMarkers, forecast);
    }

    public TimeChart withForecast(Optional<Forecast> newForecast) {
        return new TimeChart(title, unit, from, to, series, zones, limits, episodes, markers, newForecast);
    }

    /** The limits as one line, e.g. {@code "limits: zone raise at C (2.8); zone escalate at D (4.5)"}; may be empty. */
    public String legend() {
        StringBuilder legend = new StringBuilder();
        for (Limit limit : limits) {
            legend.append(legend.length() == 0 ? "limits: " : "; ").append(limit.label());
        }
        return legend.toString();
    }

    /** The chart as an {@code <svg>} element. */
    public String svg() {
        double top = Math.max(series.peakMean() * 1.3, limits.stream().mapToDouble(Limit::value).max().orElse(0) * 1.1);
        double bottom = 0;
        if (zones.isPresent()) {
            top = Math.max(top, zones.get().cd() * 1.3);
        } else {
            bottom = Math.max(0, Math.floor((series.lowest() - 5) / 10) * 10);
        }
        if (forecast.isPresent()) {
            top = Math.max(top, forecast.get().limit() * 1.1);
        }
        long end = forecast.map(f -> Math.max(to, Math.min(f.latest(), to + (to - from) / 2))).orElse(to);
        Canvas canvas = new Canvas(from, end, bottom, top, title);
        if (zones.isPresent()) {
            Zones z = zones.get();
            canvas.band(0, z.ab(), "#d9f2d9", "zone A");
            canvas.band(z.ab(), z.bc(), "#eef6c9", "zone B");
            canvas.band(z.bc(), z.cd(), "#fde2b8", "zone C");
            canvas.band(z.cd(), top, "#f7c6c6", "zone D");
        }
        for (Episode episode : episodes) {
            canvas.span(episode.from(), episode.to(), colour(episode.severity()), episode.title());
        }
        drawSeries(canvas);
        for (Limit limit : limits) {
            canvas.limit(limit.value(), limit.escalation() ? "#8b0000" : "#c0392b", limit.label());
        }
        forecast.ifPresent(f -> drawForecast(canvas, f, end));
        for (Marker marker : markers) {
            canvas.marker(marker.at(), marker.colour(), marker.dashed(), marker.title());
        }
        canvas.axes(unit);
        return canvas.close();
    }

    private void drawSeries(Canvas canvas) {
        int[] filled = new int[series.size()];
        int n = 0;
        for (int i = 0; i < series.size(); i++) {
            if (series.has(i)) {
                filled[n++] = i;
            }
        }
        // A gap (a drop-out, a stop of the recording) is more than three times the usual distance between filled
        // buckets: samples sparser than the buckets leave empty buckets between them that are no gap.
        int[] steps = new int[Math.max(0, n - 1)];
        for (int k = 1; k < n; k++) {
            steps[k - 1] = filled[k] - filled[k - 1];
        }
        Arrays.sort(steps);
        int gap = steps.length == 0 ? 1 : 3 * steps[steps.length / 2];
        StringBuilder band = new StringBuilder();
        int k = 0;
        while (k < n) {
            int start = k;
            while (k + 1 < n && filled[k + 1] - filled[k] <= gap) {
                k++;
            }
            // one run: a min–max band and the mean line
            StringBuilder line = new StringBuilder();
            for (int j = start; j <= k; j++) {
                int b = filled[j];
                band.append(j == start ? 'M' : 'L').append(point(canvas, series.time(b), series.max(b))).append(' ');
                line.append(point(canvas, series.time(b), series.mean(b))).append(' ');
            }
            for (int j = k; j >= start; j--) {
                band.append('L').append(point(canvas, series.time(filled[j]), series.min(filled[j]))).append(' ');
            }
            band.append('Z');
            canvas.polyline(line.toString().strip(), "#1f3b6e", "signal");
            k++;
        }
        if (band.length() > 0) {
            canvas.path(band.toString(), "none", "#4a6fa5", 0.3, "spread");
        }
    }

    /** The line from the fitted level to the limit and the band around it, cut at the end of the time axis. */
    private static void drawForecast(Canvas canvas, Forecast f, long end) {
        long[] times = {f.from(), Math.min(f.earliest(), end), Math.min(f.latest(), end), f.from()};
        double[] values = {f.level(), along(f, f.earliest(), end), along(f, f.latest(), end), f.level()};
        canvas.polygon(times, values, "#7b1fa2", 0.18, "forecast-band", f.label());
        canvas.segment(f.from(), f.level(), Math.min(f.central(), end), along(f, f.central(), end), "#7b1fa2", true,
                "forecast");
        canvas.textEndingAt(canvas.right() - 4, canvas.y(Math.max(f.level(), along(f, f.central(), end))) - 6,
                f.label(), "#4a148c");
    }

    /** The value a forecast line reaching the limit at {@code at} has at {@code min(at, end)}. */
    private static double along(Forecast f, long at, long end) {
        if (at <= end || at == f.from()) {
            return f.limit();
        }
        return f.level() + (f.limit() - f.level()) * (double) (end - f.from()) / (at - f.from());
    }

    private static String point(Canvas canvas, long t, double v) {
        return String.format(Locale.ROOT, "%.1f,%.1f", canvas.x(t), canvas.y(v));
    }

    private static String colour(String severity) {
        return switch (severity) {
            case "ADVISORY" -> "#5b9bff";
            case "WARNING" -> "#ffb000";
            case "ALARM" -> "#ff5a00";
            case "TRIP" -> "#b00000";
            default -> "#999999";
        };
    }
}
