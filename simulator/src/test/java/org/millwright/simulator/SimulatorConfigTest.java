package org.millwright.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.millwright.model.SignalType;

class SimulatorConfigTest {

    @Test
    void defaultsPublishEverySignalEachSecondInRealTimeWithQosOne() {
        SimulatorConfig config = SimulatorConfig.defaults();

        assertThat(config.publishIntervals()).hasSize(SignalType.values().length)
                .allSatisfy((signal, interval) -> assertThat(interval).isEqualTo(Duration.ofSeconds(1)));
        assertThat(config.timeAcceleration()).isEqualTo(1.0);
        assertThat(config.qos()).isEqualTo(1);
        assertThat(config.repairTopic()).contains("millwright/events/maintenance-completed");
    }

    @Test
    void withersChangeOnlyWhatTheyName() {
        SimulatorConfig config = SimulatorConfig.defaults()
                .withBroker("127.0.0.1", 11883)
                .withPublishInterval(Duration.ofMillis(200))
                .withPublishInterval(SignalType.RUNNING, Duration.ofSeconds(10))
                .withTimeAcceleration(60)
                .withRepairTopic(Optional.empty());

        assertThat(config.port()).isEqualTo(11883);
        assertThat(config.publishIntervals().get(SignalType.VIBRATION_VELOCITY)).isEqualTo(Duration.ofMillis(200));
        assertThat(config.publishIntervals().get(SignalType.RUNNING)).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.timeAcceleration()).isEqualTo(60);
        assertThat(config.repairTopic()).isEmpty();
        assertThat(config.clientId()).isEqualTo("millwright-simulator");
    }

    @Test
    void rejectsSettingsThatCannotWorkNamingThem() {
        SimulatorConfig defaults = SimulatorConfig.defaults();
        assertThatThrownBy(() -> defaults.withQos(3)).hasMessageContaining("qos");
        assertThatThrownBy(() -> defaults.withBroker("localhost", 0)).hasMessageContaining("port");
        assertThatThrownBy(() -> defaults.withTimeAcceleration(0)).hasMessageContaining("timeAcceleration");
        assertThatThrownBy(() -> defaults.withPublishInterval(SignalType.RUNNING, Duration.ZERO))
                .hasMessageContaining("RUNNING");
        assertThatThrownBy(() -> defaults.withRepairTopic(Optional.of("millwright/#"))).hasMessageContaining("wildcards");
        assertThatThrownBy(() -> new SimulatorConfig("localhost", 1883, "sim",
                Map.of(SignalType.RUNNING, Duration.ofSeconds(1)), 1, 1, defaults.clock(), 1, Duration.ofSeconds(1),
                Optional.empty())).hasMessageContaining("no interval for").hasMessageContaining("VIBRATION_VELOCITY");
    }
}
