package org.millwright.edge.internal.buffer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.millwright.edge.config.EdgeConfig;
import org.millwright.edge.config.Synchronous;
import org.millwright.edge.config.WhenFull;
import org.millwright.model.Quality;
import org.millwright.model.SignalType;

/** The SQLite queue on a real file: numbering, live and backlog, the bound and both policies. */
class SampleBufferTest {
    private static final String SOURCE = "edge-north-01/sim";
    private static final String TOPIC = "acme/north/assembly/line-1/north-l1-motor-01/vibration";
    private static final Instant T0 = Instant.parse("2026-11-25T08:00:00Z");

    @TempDir
    Path folder;

    @Test
    void numbersSamplesPerSourceFromOneAndStoresThePayloadTheHubDecodes() {
        try (SampleBuffer buffer = open(100, 1 << 20, WhenFull.DROP_OLDEST)) {
            buffer.goLive();
            buffer.append(List.of(sample(SOURCE, 0), sample("edge-north-01/plc", 1), sample(SOURCE, 2)));

            List<BufferedSample> rows = buffer.live(0, 10);

            assertThat(rows).extracting(BufferedSample::source, BufferedSample::seq).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(SOURCE, 1L),
                    org.assertj.core.groups.Tuple.tuple("edge-north-01/plc", 1L),
                    org.assertj.core.groups.Tuple.tuple(SOURCE, 2L));
            assertThat(rows.get(0).payload()).isEqualTo("{\"ts\":\"2026-11-25T08:00:00Z\",\"value\":1.5,\"unit\":\"mm/s\","
                    + "\"seq\":1,\"quality\":\"GOOD\",\"src\":\"edge-north-01/sim\"}");
            assertThat(new String(rows.get(0).payloadBytes(true))).endsWith(",\"src\":\"edge-north-01/sim\",\"hist\":true}");
        }
    }

    @Test
    void sequenceNumbersSurviveARestartAndAreNeverHandedOutTwice() {
        try (SampleBuffer buffer = open(100, 1 << 20, WhenFull.DROP_OLDEST)) {
            buffer.goLive();
            buffer.append(samples(5));
            buffer.remove(buffer.live(0, 10).stream().map(BufferedSample::id).toList());
            assertThat(buffer.stats().rows()).isZero();
        }
        try (SampleBuffer reopened = open(100, 1 << 20, WhenFull.DROP_OLDEST)) {
            assertThat(reopened.lastSequence(SOURCE)).isEqualTo(5);
            reopened.append(samples(2));

            assertThat(reopened.backlog(0, 10)).extracting(BufferedSample::seq).containsExactly(6L, 7L);
        }
    }

    @Test
    void rowsFoundAtStartAndRowsBufferedWhileOfflineAreBacklogAndLiveRowsBecomeBacklogAtADisconnect() {
        try (SampleBuffer buffer = open(100, 1 << 20, WhenFull.DROP_OLDEST)) {
            buffer.goLive();
            buffer.append(samples(2));
            assertThat(buffer.live(0, 10)).hasSize(2);
            assertThat(buffer.backlog(0, 10)).isEmpty();

            buffer.goOffline();
            buffer.append(samples(1));

            assertThat(buffer.live(0, 10)).isEmpty();
            assertThat(buffer.backlog(0, 10)).extracting(BufferedSample::seq).containsExactly(1L, 2L, 3L);
            assertThat(buffer.stats().backlogRows()).isEqualTo(3);
            buffer.goLive();
            buffer.append(samples(1));
            assertThat(buffer.live(0, 10)).extracting(BufferedSample::seq).containsExactly(4L);
        }
        try (SampleBuffer reopened = open(100, 1 << 20, WhenFull.DROP_OLDEST)) {
            assertThat(reopened.backlog(0, 10)).extracting(BufferedSample::seq).containsExactly(1L, 2L, 3L, 4L);
            assertThat(reopened.stats().backlogRows()).isEqualTo(4);
        }
    }

    @Test
    void dropOldestKeepsTheRowBoundByDeletingTheOldestAndCountsThem() {
        try (SampleBuffer buffer = open(10, 1 << 20, WhenFull.DROP_OLDEST)) {
            SampleBuffer.Appended first = buffer.append(samples(10));
            SampleBuffer.Appended second = buffer.append(samples(7));

            assertThat(first.dropped()).isZero();
            assertThat(second).isEqualTo(new SampleBuffer.Appended(7, 7, 0));
            assertThat(buffer.stats().rows()).isEqualTo(10);
            assertThat(buffer.stats().dropped()).isEqualTo(7);
            assertThat(buffer.stats().full()).isTrue();
            assertThat(buffer.backlog(0, 100)).extracting(BufferedSample::seq)
                    .containsExactlyElementsOf(LongStream.rangeClosed(8, 17).boxed().toList());
            assertThat(rowsInFile()).isEqualTo(10);
        }
    }

    @Test
    void rejectNewestKeepsTheRowBoundByRefusingNewSamplesWithoutNumberingThem() {
        try (SampleBuffer buffer = open(10, 1 << 20, WhenFull.REJECT_NEWEST)) {
            buffer.append(samples(8));
            SampleBuffer.Appended appended = buffer.append(samples(5));

            assertThat(appended).isEqualTo(new SampleBuffer.Appended(2, 0, 3));
            assertThat(buffer.stats().rejected()).isEqualTo(3);
            assertThat(buffer.stats().rows()).isEqualTo(10);
            assertThat(buffer.lastSequence(SOURCE)).isEqualTo(10);
            assertThat(buffer.backlog(0, 100)).extracting(BufferedSample::seq)
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, 10).boxed().toList());
        }
    }

    @Test
    void theByteBoundHoldsUnderBothPolicies() {
        long rowSize = rowSize();
        long maxBytes = rowSize * 5 + rowSize / 2;
        try (SampleBuffer dropping = open("drop.db", 1000, maxBytes, WhenFull.DROP_OLDEST);
             SampleBuffer refusing = open("reject.db", 1000, maxBytes, WhenFull.REJECT_NEWEST)) {
            for (int i = 0; i < 4; i++) {
                dropping.append(samples(3));
                refusing.append(samples(3));
                assertThat(dropping.stats().bytes()).isLessThanOrEqualTo(maxBytes);
                assertThat(refusing.stats().bytes()).isLessThanOrEqualTo(maxBytes);
            }

            assertThat(dropping.stats().rows()).isEqualTo(5);
            assertThat(dropping.stats().dropped()).isEqualTo(7);
            assertThat(refusing.stats().rows()).isEqualTo(5);
            assertThat(refusing.stats().rejected()).isEqualTo(7);
        }
    }

    @Test
    void removesOnlyAcknowledgedRowsAndLeavesTheFullEpisodeWhenThereIsRoomAgain() {
        try (SampleBuffer buffer = open(10, 1 << 20, WhenFull.DROP_OLDEST)) {
            buffer.append(samples(12));
            List<BufferedSample> rows = buffer.backlog(0, 100);

            int removed = buffer.remove(List.of(rows.get(0).id(), rows.get(1).id(), 999_999L));

            assertThat(removed).isEqualTo(2);
            assertThat(buffer.stats().full()).isFalse();
            assertThat(buffer.stats().rows()).isEqualTo(8);
            assertThat(buffer.backlog(0, 100)).extracting(BufferedSample::seq).startsWith(5L);
        }
    }

    private SampleBuffer open(long maxRows, long maxBytes, WhenFull whenFull) {
        return open("buffer.db", maxRows, maxBytes, whenFull);
    }

    private SampleBuffer open(String file, long maxRows, long maxBytes, WhenFull whenFull) {
        return SampleBuffer.open(new EdgeConfig.Buffer(folder.resolve(file), maxRows, maxBytes, whenFull,
                Synchronous.FULL));
    }

    private long rowsInFile() {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("buffer.db"));
             Statement statement = db.createStatement();
             ResultSet count = statement.executeQuery("select count(*) from sample")) {
            count.next();
            return count.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long rowSize() {
        EdgeSample sample = sample(SOURCE, 0);
        return SampleBuffer.ROW_OVERHEAD + sample.topic().length() + sample.payload(1).length();
    }

    private static List<EdgeSample> samples(int count) {
        List<EdgeSample> samples = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            samples.add(sample(SOURCE, i));
        }
        return samples;
    }

    private static EdgeSample sample(String source, int second) {
        return new EdgeSample(source, TOPIC, SignalType.VIBRATION_VELOCITY, 1.5, T0.plusSeconds(second), Quality.GOOD);
    }
}
