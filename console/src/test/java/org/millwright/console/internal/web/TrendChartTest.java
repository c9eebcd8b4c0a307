package org.millwright.console.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.millwright.console.spi.AssetTrendView;

class TrendChartTest {

    @Test
    void drawsTheFourZoneBandsAndOneLineThroughEverySample() {
        List<AssetTrendView.Point> points = new ArrayList<>();
        Instant start = Instant.parse("2026-11-25T08:00:00Z");
        for (int i = 0; i < 50; i++) {
            points.add(new AssetTrendView.Point(start.plusSeconds(i), 1.0 + i * 0.1));
        }

        String svg = TrendChart.svg(new AssetTrendView("m-1", "Motor", points, 1.4, 2.8, 4.5));

        assertThat(svg).startsWith("<svg").endsWith("</svg>");
        assertThat(svg).contains("zone-a", "zone-b", "zone-c", "zone-d", "50 samples");
        String line = svg.substring(svg.indexOf("<polyline"), svg.indexOf("/>", svg.indexOf("<polyline")));
        assertThat(line.trim().split(" ")).hasSizeGreaterThanOrEqualTo(50);
    }

    @Test
    void aSingleSampleDrawsTheZonesWithoutALine() {
        String svg = TrendChart.svg(new AssetTrendView("m-1", "", List.of(
                new AssetTrendView.Point(Instant.EPOCH, 2.0)), 1.4, 2.8, 4.5));

        assertThat(svg).contains("zone-d").doesNotContain("polyline");
    }
}
