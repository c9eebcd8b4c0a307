package org.millwright.bench.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.millwright.bench.quality.QualityMetrics.Alert;

class QualityMetricsTest {
    private static final long H = 3600;
    private static final long DAY = 24 * H;

    @Test
    void scoresLeadTimesFalseEpisodesAndHealthyDaysAgainstTheGroundTruth() {
        QualityMetrics metrics = new QualityMetrics();
        // healthy for 10 days, two episodes: both false
        metrics.add("healthy", OptionalLong.empty(), OptionalLong.empty(), 10 * DAY,
                List.of(new Alert(DAY, true), new Alert(DAY + H, false), new Alert(5 * DAY, true)));
        // onset day 4, failure day 6: one false episode before the onset, then an escalation 30 h before failure
        metrics.add("false-then-late", OptionalLong.of(4 * DAY), OptionalLong.of(6 * DAY), 4 * DAY,
                List.of(new Alert(2 * DAY, true), new Alert(6 * DAY - 30 * H, false), new Alert(6 * DAY - H, false)));
        // onset day 1, failure day 3: raised 40 h before failure
        metrics.add("early", OptionalLong.of(DAY), OptionalLong.of(3 * DAY), DAY, List.of(new Alert(3 * DAY - 40 * H, true)));
        // onset day 1, failure day 2: missed
        metrics.add("missed", OptionalLong.of(DAY), OptionalLong.of(2 * DAY), DAY, List.of());

        QualityMetrics.Figures figures = metrics.figures();

        assertThat(figures.injectedFailures()).isEqualTo(3);
        assertThat(figures.detected()).isEqualTo(2);
        assertThat(figures.leadTimeMedianH()).isEqualTo(35.0);
        assertThat(figures.leadTimeP10H()).isEqualTo(30.0);
        assertThat(figures.falseEpisodes()).isEqualTo(3);
        assertThat(figures.healthyAssetDays()).isEqualTo(16.0);
        assertThat(figures.falsePer1000AssetDays()).isCloseTo(3000 / 16.0, offset(1e-9));
        assertThat(figures.missed()).containsExactly("missed");
        assertThat(figures.falseOn()).containsExactly("healthy", "false-then-late");
        assertThat(figures.leadHoursByAsset()).containsEntry("false-then-late", 30.0).containsEntry("early", 40.0)
                .containsKey("missed").hasSize(3);
    }

    @Test
    void percentilesFollowTheNearestRankAndMedianDefinitions() {
        List<Double> ten = List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0);
        assertThat(QualityMetrics.nearestRank(ten, 10)).isEqualTo(1.0);
        assertThat(QualityMetrics.nearestRank(List.of(5.0, 7.0, 9.0), 10)).isEqualTo(5.0);
        assertThat(QualityMetrics.median(ten)).isEqualTo(5.5);
        assertThat(QualityMetrics.median(List.of(5.0, 7.0, 9.0))).isEqualTo(7.0);
        assertThat(QualityMetrics.median(List.of())).isNaN();
    }
}
