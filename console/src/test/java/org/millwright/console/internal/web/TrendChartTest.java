package org.millwright.console.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.millwright.console.spi.AssetTrendView;

class TrendChartTest {
    private static final Instant START = Instant.parse("2026-11-25T08:00:00Z");

    @Test
    void drawsTheSamplesZonesThresholdsForecastAndTheEpisodeOfAnAssetWithOne() {
        AssetTrendView trend = new AssetTrendView("m-1", "Motor", rising(50), 1.4, 2.8, 4.5,
                List.of(new AssetTrendView.Limit("zone raise at C (2.8)", 2.8, false),
                        new AssetTrendView.Limit("zone escalate at D (4.5)", 4.5, true)),
                Optional.of(new AssetTrendView.Forecast(START.plusSeconds(49), 5.9, 7.1, Duration.ofHours(30),
                        Duration.ofHours(40), Duration.ofHours(80))),
                List.of(new AssetTrendView.EpisodeSpan("EP-1", "bearing-wear", "WARNING", START.plusSeconds(20),
                        Optional.empty())));

        String svg = TrendChart.svg(trend);

        assertThat(svg).startsWith("<svg").contains("class=\"trend\"").endsWith("</svg>\n");
        assertThat(svg).contains("zone A", "zone B", "zone C", "zone D", "<polyline class=\"signal\"");
        assertThat(svg).as("threshold lines").contains("<line class=\"limit\"", "zone raise at C (2.8)",
                "zone escalate at D (4.5)");
        assertThat(svg).as("forecast").contains("class=\"forecast-band\"", "<line class=\"forecast\"",
                "C/D 7.1 mm/s forecast in 40.0 h (95 %: 30.0 h to 3.3 days)");
        assertThat(svg).as("episode marker").contains("<rect class=\"episode\"", "fill=\"#ffb000\"",
                "EP-1 bearing-wear WARNING, opened 2026-11-25T08:00:20Z, open");
    }

    @Test
    void anAssetWithoutLimitsForecastOrEpisodesShowsZonesAndSamplesOnly() {
        String svg = TrendChart.svg(new AssetTrendView("m-1", "", rising(50), 1.4, 2.8, 4.5));

        assertThat(svg).contains("zone D", "<polyline class=\"signal\"")
                .doesNotContain("class=\"limit\"", "forecast", "class=\"episode\"");
        assertThat(TrendChart.forecastText(new AssetTrendView("m-1", "", rising(2), 1.4, 2.8, 4.5))).isEmpty();
    }

    @Test
    void episodesThatClosedBeforeTheSamplesAreLeftOut() {
        AssetTrendView trend = new AssetTrendView("m-1", "", rising(50), 1.4, 2.8, 4.5, List.of(), Optional.empty(),
                List.of(new AssetTrendView.EpisodeSpan("EP-OLD", "bearing-wear", "ALARM", START.minusSeconds(600),
                        Optional.of(START.minusSeconds(60)))));

        assertThat(TrendChart.svg(trend)).doesNotContain("EP-OLD");
    }

    @Test
    void durationsReadAsMinutesHoursOrDays() {
        assertThat(TrendChart.duration(Duration.ofMinutes(42))).isEqualTo("42 min");
        assertThat(TrendChart.duration(Duration.ofMinutes(90))).isEqualTo("1.5 h");
        assertThat(TrendChart.duration(Duration.ofHours(96))).isEqualTo("4.0 days");
    }

    private static List<AssetTrendView.Point> rising(int samples) {
        List<AssetTrendView.Point> points = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            points.add(new AssetTrendView.Point(START.plusSeconds(i), 1.0 + i * 0.1));
        }
        return points;
    }
}
