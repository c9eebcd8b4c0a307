package org.millwright.protocol.sparkplug.internal.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SparkplugTopicTest {

    @Test
    void parsesNodeAndDeviceTopics() {
        assertThat(SparkplugTopic.parse("spBv1.0/plant/NDATA/edge-1")).contains(
                new SparkplugTopic("plant", MessageType.NDATA, "edge-1", Optional.empty()));
        assertThat(SparkplugTopic.parse("spBv1.0/plant/DBIRTH/edge-1/motor")).contains(
                new SparkplugTopic("plant", MessageType.DBIRTH, "edge-1", Optional.of("motor")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"spBv1.0/plant/NDATA", "spBv1.0/plant/NDATA/edge-1/motor", "spBv1.0/plant/DDATA/edge-1",
            "spBv1.0/plant/ndata/edge-1", "spAv1.0/plant/NDATA/edge-1", "spBv1.0//NDATA/edge-1",
            "spBv1.0/plant/DDATA/edge-1/motor/extra", "spBv1.0/STATE/host"})
    void rejectsTopicsOutsideTheEdgeNodeNamespace(String topic) {
        assertThat(SparkplugTopic.parse(topic)).isEmpty();
    }

    @Test
    void namesTheNodeCommandTopicForRebirthRequests() {
        assertThat(SparkplugTopic.nodeCommandTopic("plant", "edge-1")).isEqualTo("spBv1.0/plant/NCMD/edge-1");
    }
}
