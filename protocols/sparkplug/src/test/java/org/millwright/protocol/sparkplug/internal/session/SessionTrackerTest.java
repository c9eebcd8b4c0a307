package org.millwright.protocol.sparkplug.internal.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.millwright.protocol.sparkplug.EdgePayloads.aliased;
import static org.millwright.protocol.sparkplug.EdgePayloads.bdSeq;
import static org.millwright.protocol.sparkplug.EdgePayloads.birth;
import static org.millwright.protocol.sparkplug.EdgePayloads.birthMetric;
import static org.millwright.protocol.sparkplug.EdgePayloads.data;
import static org.millwright.protocol.sparkplug.EdgePayloads.death;
import static org.millwright.protocol.sparkplug.EdgePayloads.historical;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.eclipse.tahu.message.model.MetricDataType;
import org.junit.jupiter.api.Test;
import org.millwright.ingest.RejectReason;
import org.millwright.model.AssetId;
import org.millwright.model.Quality;
import org.millwright.model.Signal;
import org.millwright.model.SignalType;
import org.millwright.protocol.sparkplug.MetricMapping;

class SessionTrackerTest {
    private static final String NBIRTH = "spBv1.0/plant/NBIRTH/edge-1";
    private static final String NDATA = "spBv1.0/plant/NDATA/edge-1";
    private static final String NDEATH = "spBv1.0/plant/NDEATH/edge-1";
    private static final String DBIRTH = "spBv1.0/plant/DBIRTH/edge-1/motor";
    private static final String DDATA = "spBv1.0/plant/DDATA/edge-1/motor";
    private static final String DDEATH = "spBv1.0/plant/DDEATH/edge-1/motor";
    private static final AssetId PUMP = AssetId.of("north-l1-pump-01");
    private static final AssetId MOTOR = AssetId.of("north-l1-motor-01");
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    private final RecordingEffects effects = new RecordingEffects();
    private final SessionTracker tracker = new SessionTracker(List.of(
            MetricMapping.node("plant", "edge-1", "Pump/Running", PUMP, SignalType.RUNNING),
            MetricMapping.device("plant", "edge-1", "motor", "Vibration", MOTOR, SignalType.VIBRATION_VELOCITY),
            MetricMapping.device("plant", "edge-1", "motor", "Temperature", MOTOR, SignalType.BEARING_TEMPERATURE)
                    .withScale(0.1)), effects);

    @Test
    void resolvesDataAliasesDeclaredInBirthsIntoScaledSignals() {
        born(5);

        tracker.handle(DDATA, data(2, T0, aliased(10, MetricDataType.Double, 4.5, T0.plusSeconds(1)),
                aliased(11, MetricDataType.Int32, 655, T0.plusSeconds(2))), T0);

        assertThat(effects.live).containsSubsequence(
                new Signal(MOTOR, SignalType.VIBRATION_VELOCITY, 4.5, T0.plusSeconds(1), Quality.GOOD),
                new Signal(MOTOR, SignalType.BEARING_TEMPERATURE, 65.5, T0.plusSeconds(2), Quality.GOOD));
        assertThat(effects.rebirths).isEmpty();
        assertThat(effects.rejections).isEmpty();
    }

    @Test
    void deliversBirthValuesAndBooleansAsLiveSignals() {
        born(5);

        assertThat(effects.live).contains(
                new Signal(PUMP, SignalType.RUNNING, 1, T0, Quality.GOOD),
                new Signal(MOTOR, SignalType.VIBRATION_VELOCITY, 1.0, T0, Quality.GOOD));
    }

    @Test
    void requestsExactlyOneRebirthForSeveralGapsUntilTheNextBirth() {
        born(5);

        tracker.handle(NDATA, data(5, T0, aliased(1, MetricDataType.Boolean, false, T0)), T0);
        tracker.handle(NDATA, data(9, T0, aliased(1, MetricDataType.Boolean, true, T0)), T0);
        tracker.handle(NDATA, data(3, T0, aliased(1, MetricDataType.Boolean, true, T0)), T0);
        assertThat(effects.rebirths).containsExactly("plant/edge-1");

        born(6);
        tracker.handle(NDATA, data(7, T0, aliased(1, MetricDataType.Boolean, true, T0)), T0);
        assertThat(effects.rebirths).containsExactly("plant/edge-1", "plant/edge-1");
    }

    @Test
    void acceptsSeqWrappingFrom255ToZero() {
        tracker.handle(NBIRTH, birth(254, T0, bdSeq(1),
                birthMetric("Pump/Running", 1, MetricDataType.Boolean, true, T0)), T0);

        tracker.handle(NDATA, data(255, T0, aliased(1, MetricDataType.Boolean, false, T0)), T0);
        tracker.handle(NDATA, data(0, T0, aliased(1, MetricDataType.Boolean, true, T0)), T0);
        tracker.handle(NDATA, data(1, T0, aliased(1, MetricDataType.Boolean, false, T0)), T0);

        assertThat(effects.rebirths).isEmpty();
        assertThat(effects.live).extracting(Signal::value).containsExactly(1.0, 0.0, 1.0, 0.0);
    }

    @Test
    void requestsRebirthOnceForDataFromANodeThatWasNeverBorn() {
        tracker.handle(NDATA, data(3, T0, aliased(1, MetricDataType.Boolean, true, T0)), T0);
        tracker.handle(DDATA, data(4, T0, aliased(10, MetricDataType.Double, 2.0, T0)), T0);

        assertThat(effects.rebirths).containsExactly("plant/edge-1");
        assertThat(effects.live).isEmpty();
        assertThat(effects.rejections).isEmpty();
    }

    @Test
    void marksEveryMappedSignalOfTheNodeStaleOnNdeathWithTheSessionBdSeq() {
        born(5);
        int liveBefore = effects.live.size();

        tracker.handle(NDEATH, death(5, T0), T0);

        assertThat(effects.stale).containsExactlyInAnyOrder(
                new RecordingEffects.Stale(PUMP, SignalType.RUNNING),
                new RecordingEffects.Stale(MOTOR, SignalType.VIBRATION_VELOCITY),
                new RecordingEffects.Stale(MOTOR, SignalType.BEARING_TEMPERATURE));
        assertThat(effects.live).hasSize(liveBefore);
    }

    @Test
    void ignoresAnNdeathOfAnOlderSession() {
        born(5);

        tracker.handle(NDEATH, death(4, T0), T0);
        tracker.handle(NDATA, data(2, T0, aliased(1, MetricDataType.Boolean, false, T0)), T0);

        assertThat(effects.stale).isEmpty();
        assertThat(effects.live).last().isEqualTo(new Signal(PUMP, SignalType.RUNNING, 0, T0, Quality.GOOD));
    }

    @Test
    void marksOnlyTheDevicesSignalsStaleOnDdeath() {
        born(5);

        tracker.handle(DDEATH, data(2, T0), T0);

        assertThat(effects.stale).containsExactlyInAnyOrder(
                new RecordingEffects.Stale(MOTOR, SignalType.VIBRATION_VELOCITY),
                new RecordingEffects.Stale(MOTOR, SignalType.BEARING_TEMPERATURE));
    }

    @Test
    void deliversHistoricalMetricsOnlyAsHistory() {
        born(5);
        int liveBefore = effects.live.size();

        tracker.handle(DDATA, data(2, T0, historical(10, MetricDataType.Double, 9.9, T0.minusSeconds(600))), T0);

        assertThat(effects.historical).containsExactly(
                new Signal(MOTOR, SignalType.VIBRATION_VELOCITY, 9.9, T0.minusSeconds(600), Quality.GOOD));
        assertThat(effects.live).hasSize(liveBefore);
    }

    @Test
    void rejectsAnUnknownAliasAndKeepsTheOtherMetrics() {
        born(5);

        tracker.handle(DDATA, data(2, T0, aliased(99, MetricDataType.Double, 1.0, T0),
                aliased(10, MetricDataType.Double, 3.0, T0)), T0);

        assertThat(effects.rejections).singleElement().satisfies(rejection -> {
            assertThat(rejection.reason()).isEqualTo(RejectReason.UNKNOWN_SIGNAL);
            assertThat(rejection.detail()).contains("unknown alias 99", "plant/edge-1/motor");
        });
        assertThat(effects.live).last().extracting(Signal::value).isEqualTo(3.0);
    }

    @Test
    void rejectsAMalformedPayloadAndKeepsTheSession() {
        born(5);

        tracker.handle(NDATA, "this is not protobuf".getBytes(StandardCharsets.UTF_8), T0);
        tracker.handle(NDATA, data(2, T0, aliased(1, MetricDataType.Boolean, false, T0)), T0);

        assertThat(effects.rejections).singleElement().satisfies(rejection -> {
            assertThat(rejection.reason()).isEqualTo(RejectReason.MALFORMED_JSON);
            assertThat(rejection.detail()).contains("malformed Sparkplug B payload", "NDATA");
        });
        assertThat(effects.rebirths).isEmpty();
        assertThat(effects.live).last().extracting(Signal::value).isEqualTo(0.0);
    }

    @Test
    void rejectsATopicOutsideTheSparkplugNamespace() {
        tracker.handle("spBv1.0/plant/NOISE/edge-1", data(0, T0), T0);
        tracker.handle("spBv1.0/plant/DDATA/edge-1", data(0, T0), T0);

        assertThat(effects.rejections).extracting(RecordingEffects.Rejection::reason)
                .containsExactly(RejectReason.MALFORMED_TOPIC, RejectReason.MALFORMED_TOPIC);
        assertThat(effects.rejections.get(0).detail()).contains("unknown Sparkplug topic spBv1.0/plant/NOISE/edge-1");
    }

    @Test
    void rejectsANodeBirthWithoutBdSeqAndStaysUnborn() {
        tracker.handle(NBIRTH, birth(0, T0, birthMetric("Pump/Running", 1, MetricDataType.Boolean, true, T0)), T0);

        assertThat(effects.rejections).singleElement().extracting(RecordingEffects.Rejection::detail)
                .asString().contains("no numeric bdSeq");
        assertThat(effects.live).isEmpty();
    }

    @Test
    void rejectsANonNumericMappedMetric() {
        tracker.handle(NBIRTH, birth(0, T0, bdSeq(1),
                birthMetric("Pump/Running", 1, MetricDataType.String, "yes", T0)), T0);

        assertThat(effects.rejections).singleElement().extracting(RecordingEffects.Rejection::reason)
                .isEqualTo(RejectReason.WRONG_VALUE_TYPE);
    }

    /** NBIRTH (seq 0) with the node metric (alias 1), then DBIRTH (seq 1) of device motor (aliases 10, 11). */
    private void born(long bdSeqValue) {
        tracker.handle(NBIRTH, birth(0, T0, bdSeq(bdSeqValue),
                birthMetric("Pump/Running", 1, MetricDataType.Boolean, true, T0),
                birthMetric("Node Control/Rebirth", 2, MetricDataType.Boolean, false, T0)), T0);
        tracker.handle(DBIRTH, birth(1, T0,
                birthMetric("Vibration", 10, MetricDataType.Double, 1.0, T0),
                birthMetric("Temperature", 11, MetricDataType.Int32, 400, T0)), T0);
    }
}
