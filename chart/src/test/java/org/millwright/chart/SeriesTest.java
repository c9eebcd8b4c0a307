package org.millwright.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeriesTest {
    @Test
    void mergesBucketsSoALongRecordingStaysBounded() {
        Series series = new Series(0);
        for (long s = 0; s < 10 * 86_400; s += 10) {
            series.add(s * 1000, s == 5_000 ? 99 : 1 + (s % 20 == 0 ? 1 : 0));
        }
        assertThat(series.size()).isLessThanOrEqualTo(Series.CAPACITY).isGreaterThan(Series.CAPACITY / 2);
        assertThat(series.peak()).isEqualTo(99);
        assertThat(series.min(3)).isEqualTo(1);
        assertThat(series.max(3)).isEqualTo(2);
        assertThat(series.mean(3)).isCloseTo(1.5, org.assertj.core.api.Assertions.offset(0.01));
    }

    @Test
    void leavesEmptyBucketsForGaps() {
        Series series = new Series(0);
        series.add(0, 1);
        series.add(10_000, 2);
        assertThat(series.has(0)).isTrue();
        assertThat(series.has(5)).isFalse();
        assertThat(series.has(10)).isTrue();
    }
}
