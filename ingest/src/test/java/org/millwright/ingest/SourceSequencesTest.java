package org.millwright.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.millwright.ingest.SourceSequences.Verdict;
import org.millwright.model.AssetId;

class SourceSequencesTest {
    private static final String EDGE = "edge-north-01/sim";

    private final List<String> missing = new ArrayList<>();
    private final SourceSequences sequences = new SourceSequences(new SourceSequences.Listener() {
        @Override
        public void onMissing(String source, long first, long last) {
            missing.add(source + ":" + first + ".." + last);
        }
    });

    @Test
    void dropsASecondSampleWithTheSameSourceAndSequence() {
        assertThat(sequences.observe(live(1))).isEqualTo(Verdict.NEW);
        assertThat(sequences.observe(live(2))).isEqualTo(Verdict.NEW);
        assertThat(sequences.observe(live(1))).isEqualTo(Verdict.DUPLICATE);
        assertThat(sequences.observe(historical(2))).isEqualTo(Verdict.DUPLICATE);

        assertThat(sequences.duplicateCount()).isEqualTo(2);
    }

    @Test
    void keepsSourcesApartAndLeavesUnnumberedSamplesUntracked() {
        sequences.observe(live(1));

        assertThat(sequences.observe(sample("edge-south-01/sim", 1, false))).isEqualTo(Verdict.NEW);
        assertThat(sequences.observe(new Decoded.Accepted(Samples.signal(Samples.MOTOR, 1), OptionalLong.of(1))))
                .isEqualTo(Verdict.UNTRACKED);
        assertThat(sequences.sourceCount()).isEqualTo(2);
    }

    @Test
    void waitsForTheBackfillBeforeCallingAHoleBehindLiveSamplesMissing() {
        for (long seq = 1; seq <= 10; seq++) {
            sequences.observe(live(seq));
        }
        // an outage: 11..20 were buffered, live goes on at 21
        sequences.observe(live(21));
        sequences.observe(live(22));

        assertThat(sequences.pendingCount()).isEqualTo(10);
        assertThat(sequences.missingCount()).isZero();

        for (long seq = 11; seq <= 20; seq++) {
            assertThat(sequences.observe(historical(seq))).isEqualTo(Verdict.NEW);
        }

        assertThat(sequences.pendingCount()).isZero();
        assertThat(sequences.missingCount()).isZero();
        assertThat(missing).isEmpty();
    }

    @Test
    void countsWhatTheBackfillSkippedAsMissingOnce() {
        for (long seq = 1; seq <= 5; seq++) {
            sequences.observe(live(seq));
        }
        sequences.observe(live(30));
        // the edge dropped 6..14 (buffer full, oldest dropped) and backfills 15..29
        sequences.observe(historical(15));
        sequences.observe(historical(16));

        assertThat(sequences.missingCount()).isEqualTo(9);
        assertThat(missing).containsExactly(EDGE + ":6..14");
        assertThat(sequences.pendingCount()).isEqualTo(13);

        for (long seq = 17; seq <= 29; seq++) {
            sequences.observe(historical(seq));
        }
        assertThat(sequences.missingCount()).isEqualTo(9);
        assertThat(sequences.pendingCount()).isZero();
    }

    @Test
    void doesNotCallNumbersReceivedLiveMissingWhenTheBackfillJumpsOverThem() {
        sequences.observe(live(1));
        sequences.observe(historical(2));
        for (long seq = 3; seq <= 8; seq++) {
            sequences.observe(live(seq));
        }
        // second outage: 9.. backlog again
        sequences.observe(historical(9));

        assertThat(sequences.missingCount()).isZero();
    }

    @Test
    void takesASampleAgainAfterItWasForgotten() {
        sequences.observe(live(1));
        sequences.observe(live(2));
        sequences.observe(live(3));

        sequences.forget(EDGE, 2);

        assertThat(sequences.observe(live(2))).isEqualTo(Verdict.NEW);
        assertThat(sequences.observe(live(2))).isEqualTo(Verdict.DUPLICATE);
        assertThat(sequences.observe(live(3))).isEqualTo(Verdict.DUPLICATE);
    }

    @Test
    void aRestartedHubStartsTrackingAtTheFirstNumberItSeesAndJudgesNothingBelowIt() {
        SourceSequences restarted = new SourceSequences();

        // the broker redelivers 500, which the hub before the restart had handled but not acknowledged
        assertThat(restarted.observe(live(500))).isEqualTo(Verdict.NEW);
        // an old backlog still to come, below the first number seen
        assertThat(restarted.observe(historical(101))).isEqualTo(Verdict.NEW);
        assertThat(restarted.observe(historical(101))).isEqualTo(Verdict.DUPLICATE);
        assertThat(restarted.observe(historical(102))).isEqualTo(Verdict.NEW);

        assertThat(restarted.missingCount()).isZero();
    }

    private static Decoded.Accepted live(long seq) {
        return sample(EDGE, seq, false);
    }

    private static Decoded.Accepted historical(long seq) {
        return sample(EDGE, seq, true);
    }

    private static Decoded.Accepted sample(String source, long seq, boolean historical) {
        return new Decoded.Accepted(Samples.signal(AssetId.of("north-l1-motor-01"), seq), OptionalLong.of(seq),
                Optional.of(source), historical);
    }
}
