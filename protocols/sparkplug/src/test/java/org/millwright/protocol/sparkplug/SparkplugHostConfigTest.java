package org.millwright.protocol.sparkplug;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.millwright.model.AssetId;
import org.millwright.model.SignalType;

class SparkplugHostConfigTest {
    private static final AssetId MOTOR = AssetId.of("north-l1-motor-01");

    @Test
    void derivesClientIdAndStateTopicFromTheHostId() {
        SparkplugHostConfig config = SparkplugHostConfig.of("127.0.0.1", 1883, "millwright", List.of("plant"));

        assertThat(config.clientId()).isEqualTo("millwright-host-millwright");
        assertThat(config.stateTopic()).isEqualTo("spBv1.0/STATE/millwright");
        assertThat(config.connectTimeout()).isEqualTo(SparkplugHostConfig.DEFAULT_CONNECT_TIMEOUT);
    }

    @Test
    void refusesAMappingForAGroupThatIsNotSubscribed() {
        SparkplugHostConfig config = SparkplugHostConfig.of("127.0.0.1", 1883, "millwright", List.of("plant"));

        assertThatThrownBy(() -> config.withMappings(List.of(
                MetricMapping.node("other", "edge-1", "Speed", MOTOR, SignalType.RUNNING))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("group other is not subscribed");
    }

    @Test
    void refusesTheSameMetricMappedTwice() {
        SparkplugHostConfig config = SparkplugHostConfig.of("127.0.0.1", 1883, "millwright", List.of("plant"));
        MetricMapping mapping = MetricMapping.device("plant", "edge-1", "motor", "Vibration", MOTOR,
                SignalType.VIBRATION_VELOCITY);

        assertThatThrownBy(() -> config.withMappings(List.of(mapping, mapping.withScale(2))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("metric Vibration of plant/edge-1/motor is mapped twice");
    }

    @Test
    void refusesIdsThatAreNotSingleTopicLevels() {
        assertThatThrownBy(() -> SparkplugHostConfig.of("127.0.0.1", 1883, "host/1", List.of("plant")))
                .hasMessageContaining("hostId must be a non-empty Sparkplug id");
        assertThatThrownBy(() -> SparkplugHostConfig.of("127.0.0.1", 1883, "host", List.of("plant/#")))
                .hasMessageContaining("group must be a non-empty Sparkplug id");
        assertThatThrownBy(() -> SparkplugHostConfig.of("127.0.0.1", 1883, "host", List.of()))
                .hasMessageContaining("at least one Sparkplug group");
    }

    @Test
    void refusesAZeroScale() {
        assertThatThrownBy(() -> MetricMapping.node("plant", "edge-1", "Speed", MOTOR, SignalType.RUNNING)
                .withScale(0)).hasMessageContaining("scale of metric Speed must be finite and not zero");
    }
}
