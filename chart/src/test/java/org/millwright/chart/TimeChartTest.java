package org.millwright.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class TimeChartTest {
    private static final long T0 = 1_767_225_600_000L; // 2026-01-01T00:00:00Z
    private static final long MINUTE = 60_000;

    @Test
    void drawsZonesLimitsEpisodesForecastAndTheSignalAsWellFormedSvg() throws Exception {
        Series series = series(0, 60, 1.0);
        TimeChart chart = TimeChart.of("m-1 vibration", "mm/s", T0, T0 + 59 * MINUTE, series)
                .withZones(new TimeChart.Zones(1.4, 2.8, 4.5))
                .withLimits(List.of(new TimeChart.Limit(2.8, "zone raise at C (2.8)", false),
                        new TimeChart.Limit(4.5, "zone escalate at D (4.5)", true)))
                .withEpisodes(List.of(new TimeChart.Episode(T0 + 30 * MINUTE, T0 + 59 * MINUTE, "ALARM", "EP-1 ALARM")))
                .withForecast(Optional.of(new TimeChart.Forecast(T0 + 59 * MINUTE, 2.0, 4.5, T0 + 70 * MINUTE,
                        T0 + 80 * MINUTE, T0 + 100 * MINUTE, "C/D in 21 min")));

        String svg = chart.svg();

        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(document.getElementsByTagName("polyline").getLength()).isEqualTo(1);
        assertThat(svg).contains("zone A", "zone B", "zone C", "zone D")
                .contains("class=\"limit\"", "stroke=\"#c0392b\"", "stroke=\"#8b0000\"", "zone raise at C (2.8)")
                .contains("class=\"episode\"", "fill=\"#ff5a00\"", "EP-1 ALARM")
                .contains("class=\"forecast-band\"", "class=\"forecast\"", "C/D in 21 min");
        assertThat(chart.legend()).isEqualTo("limits: zone raise at C (2.8); zone escalate at D (4.5)");
    }

    @Test
    void aForecastBeyondTheDataWidensTheTimeAxisByAtMostHalfItsSpanAndIsCutThere() {
        TimeChart near = TimeChart.of("t", "mm/s", T0, T0 + 60 * MINUTE, series(0, 61, 1.0))
                .withForecast(Optional.of(new TimeChart.Forecast(T0 + 60 * MINUTE, 1.0, 4.0, T0 + 70 * MINUTE,
                        T0 + 75 * MINUTE, T0 + 80 * MINUTE, "near")));
        TimeChart far = near.withForecast(Optional.of(new TimeChart.Forecast(T0 + 60 * MINUTE, 1.0, 4.0,
                T0 + 1000 * MINUTE, T0 + 2000 * MINUTE, T0 + 3000 * MINUTE, "far")));

        // the time axis ends where the last tick says: 80 min after T0 when the whole band fits, 90 when cut
        assertThat(lastTick(near.svg())).isEqualTo("01-01 01:20");
        assertThat(lastTick(far.svg())).isEqualTo("01-01 01:30");
        Matcher line = Pattern.compile("<line class=\"forecast\" x1=\"[\\d.]+\" y1=\"[\\d.]+\" x2=\"([\\d.]+)\" "
                + "y2=\"([\\d.]+)\"").matcher(far.svg());
        assertThat(line.find()).isTrue();
        assertThat(Double.parseDouble(line.group(1))).as("cut at the right edge of the plot").isEqualTo(840.0);
    }

    @Test
    void aDropOutSplitsTheSignalLine() {
        Series series = series(0, 30, 1.0);
        for (int m = 90; m < 120; m++) {
            series.add(T0 + m * MINUTE, 1.2);
        }

        String svg = TimeChart.of("t", "mm/s", T0, T0 + 119 * MINUTE, series).svg();

        assertThat(svg.split("<polyline", -1)).hasSize(3);
    }

    @Test
    void everyTextIsEscaped() {
        String svg = TimeChart.of("<script>alert(1)</script>", "mm/s", T0, T0 + MINUTE, series(0, 2, 1.0))
                .withLimits(List.of(new TimeChart.Limit(1.5, "a & b \"quoted\"", false)))
                .withEpisodes(List.of(new TimeChart.Episode(T0, T0 + MINUTE, "WARNING", "<b>evidence</b>"))).svg();

        assertThat(svg).doesNotContain("<script>", "<b>").contains("&lt;script&gt;", "a &amp; b &quot;quoted&quot;",
                "&lt;b&gt;evidence&lt;/b&gt;");
    }

    @Test
    void withoutZonesTheValueAxisFollowsTheData() {
        Series temperature = series(0, 60, 60.0);

        String svg = TimeChart.of("t", "degC", T0, T0 + 59 * MINUTE, temperature).svg();

        assertThat(svg).doesNotContain("zone A").contains(">50.0</text>");
    }

    @Test
    void rejectsFallingZoneBoundariesAndAForecastThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> new TimeChart.Zones(2.8, 1.4, 4.5)).hasMessageContaining("must rise");
        assertThatThrownBy(() -> new TimeChart.Forecast(T0, 1, 2, T0 - 1, T0, T0, "x"))
                .hasMessageContaining("must rise");
    }

    private static Series series(int fromMinute, int toMinute, double level) {
        Series series = new Series(T0);
        for (int m = fromMinute; m < toMinute; m++) {
            series.add(T0 + m * MINUTE, level * (1 + 0.05 * Math.sin(m)));
        }
        return series;
    }

    private static String lastTick(String svg) {
        Matcher tick = Pattern.compile(">(\\d\\d-\\d\\d \\d\\d:\\d\\d)</text>").matcher(svg);
        String last = null;
        while (tick.find()) {
            last = tick.group(1);
        }
        return last;
    }
}
