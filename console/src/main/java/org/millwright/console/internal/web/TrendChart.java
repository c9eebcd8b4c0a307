package org.millwright.console.internal.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.millwright.chart.Series;
import org.millwright.chart.TimeChart;
import org.millwright.console.spi.AssetTrendView;

/**
 * Draws an asset's live vibration trend with the chart of the backtest report ({@link TimeChart}): the samples, the
 * ISO 20816 zones as coloured bands, the rule limits as dashed lines, the asset's episodes as shaded spans coloured
 * by severity and the time-to-limit forecast inside its 95 % band. Every text in the SVG is escaped, so it can be
 * written unescaped into the page.
 */
final class TrendChart {
    private TrendChart() {
    }

    static TimeChart chart(AssetTrendView trend) {
        List<AssetTrendView.Point> points = trend.points();
        long from = points.isEmpty() ? 0 : points.get(0).at().toEpochMilli();
        long to = points.isEmpty() ? from : Math.max(from, points.get(points.size() - 1).at().toEpochMilli());
        Series series = new Series(from);
        points.forEach(point -> series.add(point.at().toEpochMilli(), point.value()));
        List<TimeChart.Episode> episodes = new ArrayList<>();
        for (AssetTrendView.EpisodeSpan episode : trend.episodes()) {
            long end = episode.closedAt().map(at -> at.toEpochMilli()).orElse(to);
            if (end >= from) {
                episodes.add(new TimeChart.Episode(Math.max(from, episode.openedAt().toEpochMilli()), end,
                        episode.severity(), episode.id() + " " + episode.failureMode() + " " + episode.severity()
                        + ", opened " + episode.openedAt() + episode.closedAt().map(at -> ", closed " + at)
                        .orElse(", open")));
            }
        }
        return TimeChart.of(trend.assetId() + " vibration", "mm/s", from, to, series)
                .withZones(new TimeChart.Zones(trend.ab(), trend.bc(), trend.cd()))
                .withLimits(trend.limits().stream()
                        .map(limit -> new TimeChart.Limit(limit.value(), limit.label(), limit.escalation())).toList())
                .withEpisodes(episodes)
                .withForecast(trend.forecast().map(TrendChart::forecast));
    }

    static String svg(AssetTrendView trend) {
        return chart(trend).svg();
    }

    /** e.g. "C/D 7.1 mm/s forecast in 40 h (95 %: 31 h to 2.4 days)", or empty without a forecast. */
    static Optional<String> forecastText(AssetTrendView trend) {
        return trend.forecast().map(TrendChart::label);
    }

    private static TimeChart.Forecast forecast(AssetTrendView.Forecast forecast) {
        long from = forecast.from().toEpochMilli();
        return new TimeChart.Forecast(from, forecast.level(), forecast.limit(), from + forecast.earliest().toMillis(),
                from + forecast.central().toMillis(), from + forecast.latest().toMillis(), label(forecast));
    }

    private static String label(AssetTrendView.Forecast forecast) {
        return String.format(Locale.ROOT, "C/D %.1f mm/s forecast in %s (95 %%: %s to %s)", forecast.limit(),
                duration(forecast.central()), duration(forecast.earliest()), duration(forecast.latest()));
    }

    static String duration(Duration duration) {
        double hours = duration.toMillis() / 3_600_000.0;
        if (hours < 1) {
            return Math.round(hours * 60) + " min";
        }
        return hours < 72 ? String.format(Locale.ROOT, "%.1f h", hours)
                : String.format(Locale.ROOT, "%.1f days", hours / 24);
    }
}
