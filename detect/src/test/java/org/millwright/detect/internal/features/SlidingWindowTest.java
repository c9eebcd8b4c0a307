package org.millwright.detect.internal.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SlidingWindowTest {
    private static final long S = 1_000_000_000L;
    private static final long T0 = 1_764_000_000L * S;

    @Test
    void computesTheLevelFeaturesOfTheSamplesInTheWindow() {
        SlidingWindow window = new SlidingWindow(10 * S, 64);
        double[] values = {1, 2, 3, 4, -8};
        for (int i = 0; i < values.length; i++) {
            window.add(T0 + i * S, values[i]);
        }

        assertThat(window.size()).isEqualTo(5);
        assertThat(window.mean()).isCloseTo(0.4, offset(1e-12));
        assertThat(window.rms()).isCloseTo(Math.sqrt(94 / 5.0), offset(1e-12));
        assertThat(window.peak()).isEqualTo(8);
        assertThat(window.crestFactor()).isCloseTo(8 / Math.sqrt(94 / 5.0), offset(1e-12));
        double m2 = 94 / 5.0 - 0.16;
        double m4 = (Math.pow(0.6, 4) + Math.pow(1.6, 4) + Math.pow(2.6, 4) + Math.pow(3.6, 4) + Math.pow(8.4, 4)) / 5;
        assertThat(window.kurtosis()).isCloseTo(m4 / (m2 * m2), offset(1e-9));
        assertThat(window.rateOfChange()).isCloseTo(-9 / 4.0, offset(1e-12));
    }

    @Test
    void dropsSamplesOlderThanTheWindowAndBeyondTheCapacity() {
        SlidingWindow byTime = new SlidingWindow(10 * S, 64);
        for (int i = 0; i <= 30; i++) {
            byTime.add(T0 + i * S, i);
        }
        assertThat(byTime.size()).isEqualTo(11);
        assertThat(byTime.mean()).isCloseTo(25, offset(1e-9));

        SlidingWindow byCapacity = new SlidingWindow(1000 * S, 16);
        for (int i = 0; i < 100; i++) {
            byCapacity.add(T0 + i * S, i);
        }
        assertThat(byCapacity.size()).isEqualTo(16);
        assertThat(byCapacity.mean()).isCloseTo(91.5, offset(1e-9));
    }

    @Test
    void aGapLongerThanTheWindowLeavesOnlyTheNewSample() {
        SlidingWindow window = new SlidingWindow(10 * S, 64);
        window.add(T0, 5);
        window.add(T0 + S, 6);
        window.add(T0 + 3600 * S, 1);

        assertThat(window.size()).isEqualTo(1);
        assertThat(window.mean()).isEqualTo(1);
        assertThat(window.slope()).isNaN();
    }

    @Test
    void theSlopeConfidenceIntervalCoversTheTrueSlopeOfANoisyLine() {
        Random random = new Random(7);
        int covered = 0;
        for (int trial = 0; trial < 200; trial++) {
            SlidingWindow window = new SlidingWindow(3600 * S, 128);
            for (int i = 0; i < 60; i++) {
                window.add(T0 + i * 60 * S, 2 + 0.001 * i * 60 + random.nextGaussian() * 0.2);
            }
            if (Math.abs(window.slope() - 0.001) <= window.slopeHalfWidth()) {
                covered++;
            }
        }
        assertThat(covered).as("about 95 %% of 200 intervals").isBetween(180, 199);
    }

    @Test
    void staysAccurateOverMillionsOfSlidingSamples() {
        SlidingWindow window = new SlidingWindow(100 * S, 128);
        for (long i = 0; i < 3_000_000; i++) {
            window.add(T0 + i * S, 1000 + (i % 7) + 0.5 * i / 1e6);
        }
        // the window holds i = 2,999,899 .. 2,999,999 (101 samples); its exact mean:
        double sum = 0;
        for (long i = 2_999_899; i < 3_000_000; i++) {
            sum += 1000 + (i % 7) + 0.5 * i / 1e6;
        }
        assertThat(window.size()).isEqualTo(101);
        assertThat(window.mean()).isCloseTo(sum / 101, offset(1e-6));
    }

    @Test
    void studentQuantileMatchesTheTable() {
        assertThat(SlidingWindow.studentT95(10)).isCloseTo(2.228, offset(0.005));
        assertThat(SlidingWindow.studentT95(30)).isCloseTo(2.042, offset(0.002));
    }
}
