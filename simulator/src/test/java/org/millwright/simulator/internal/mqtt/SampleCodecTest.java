package org.millwright.simulator.internal.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.millwright.model.Asset;
import org.millwright.model.AssetClass;
import org.millwright.model.AssetId;
import org.millwright.model.Isa95Location;
import org.millwright.model.MachineGroup;
import org.millwright.model.SignalType;
import org.millwright.model.SupportType;

class SampleCodecTest {
    private static final Asset MOTOR = new Asset(AssetId.of("north-l1-motor-01"), "Motor", AssetClass.MOTOR,
            new Isa95Location("acme", "north", "assembly", "line-1"), MachineGroup.GROUP_2, SupportType.RIGID);

    @Test
    void topicFollowsTheUnifiedNamespace() {
        assertThat(SampleCodec.topic(MOTOR, SignalType.VIBRATION_VELOCITY))
                .isEqualTo("acme/north/assembly/line-1/north-l1-motor-01/vibration");
        assertThat(SampleCodec.topic(MOTOR, SignalType.BEARING_TEMPERATURE))
                .isEqualTo("acme/north/assembly/line-1/north-l1-motor-01/bearing-temperature");
    }

    @Test
    void payloadCarriesUtcMillisTimestampRoundedValueUnitSeqAndQuality() {
        byte[] json = SampleCodec.encode(Instant.parse("2026-05-01T08:00:00Z"), SignalType.VIBRATION_VELOCITY,
                1.23456, 7);

        assertThat(new String(json, StandardCharsets.UTF_8)).isEqualTo(
                "{\"ts\":\"2026-05-01T08:00:00.000Z\",\"value\":1.235,\"unit\":\"mm/s\",\"seq\":7,\"quality\":\"GOOD\"}");
    }

    @Test
    void runningAndFaultCodeAreIntegers() {
        String running = new String(SampleCodec.encode(Instant.parse("2026-05-01T08:00:00.5Z"), SignalType.RUNNING, 1, 1),
                StandardCharsets.UTF_8);
        assertThat(running).contains("\"ts\":\"2026-05-01T08:00:00.500Z\"").contains("\"value\":1,").contains("\"unit\":\"bool\"");
    }

    @Test
    void decodesTheAssetOfAMaintenanceCompletedMessage() {
        assertThat(SampleCodec.decodeRepair("{\"assetId\":\"north-l1-motor-01\",\"episode\":\"x\"}".getBytes()))
                .contains(AssetId.of("north-l1-motor-01"));
    }

    @Test
    void ignoresMessagesWithoutAValidAssetId() {
        assertThat(SampleCodec.decodeRepair("not json".getBytes())).isEmpty();
        assertThat(SampleCodec.decodeRepair("{\"assetId\":\"Not An Id\"}".getBytes())).isEmpty();
        assertThat(SampleCodec.decodeRepair("{\"assetId\":42}".getBytes())).isEmpty();
        assertThat(SampleCodec.decodeRepair("[]".getBytes())).isEmpty();
        assertThat(SampleCodec.decodeRepair(new byte[0])).isEmpty();
    }
}
