package org.millwright.protocol.opcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.millwright.model.AssetId;
import org.millwright.model.SignalType;

class OpcUaSourceConfigTest {
    private static final Path PKI = Path.of("pki");
    private static final MonitoredNode NODE = MonitoredNode.of("ns=2;s=Line1/Motor1/Vibration",
            AssetId.of("north-l1-motor-01"), SignalType.VIBRATION_VELOCITY, Duration.ofMillis(100));

    @Test
    void appliesDefaultsAndHidesThePassword() {
        OpcUaSourceConfig config = OpcUaSourceConfig.builder("opc.tcp://plc-7:4840/ua", PKI).node(NODE)
                .credentials("operator", "s3cret").build();

        assertThat(config.security()).isEqualTo(OpcUaSecurity.NONE);
        assertThat(config.host()).isEqualTo("plc-7");
        assertThat(config.port()).isEqualTo(4840);
        assertThat(config.failedRetryDelay()).isEqualTo(Duration.ofMinutes(5));
        assertThat(config.toString()).contains("operator").doesNotContain("s3cret");
    }

    @Test
    void rejectsAnEndpointThatIsNotOpcTcp() {
        assertThatThrownBy(() -> OpcUaSourceConfig.builder("http://plc-7:4840", PKI).node(NODE).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("opc.tcp://host:port");
    }

    @Test
    void rejectsAnEndpointWithoutPort() {
        assertThatThrownBy(() -> OpcUaSourceConfig.builder("opc.tcp://plc-7/ua", PKI).node(NODE).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("port");
    }

    @Test
    void rejectsAConfigurationWithoutNodes() {
        assertThatThrownBy(() -> OpcUaSourceConfig.builder("opc.tcp://plc-7:4840", PKI).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one monitored node");
    }

    @Test
    void rejectsTheSameNodeTwice() {
        assertThatThrownBy(() -> OpcUaSourceConfig.builder("opc.tcp://plc-7:4840", PKI).node(NODE).node(NODE)
                .build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("configured twice");
    }

    @Test
    void rejectsAReconnectCapBelowTheFirstDelay() {
        assertThatThrownBy(() -> OpcUaSourceConfig.builder("opc.tcp://plc-7:4840", PKI).node(NODE)
                .reconnectDelays(Duration.ofSeconds(5), Duration.ofSeconds(1)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reconnectMaxDelay");
    }

    @Test
    void rejectsANegativeDeadbandNamingTheNode() {
        assertThatThrownBy(() -> NODE.withAbsoluteDeadband(-0.1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Line1/Motor1/Vibration");
    }

    @Test
    void refusesToStartWithANodeIdThatIsNotInOpcUaForm(@TempDir Path pki) {
        OpcUaSourceConfig config = OpcUaSourceConfig.builder("opc.tcp://127.0.0.1:4840", pki)
                .node(MonitoredNode.of("Line1/Motor1/Vibration", AssetId.of("north-l1-motor-01"),
                        SignalType.VIBRATION_VELOCITY, Duration.ofMillis(100)))
                .build();

        assertThatThrownBy(() -> OpcUaSource.start(config, signal -> { }, Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Line1/Motor1/Vibration'");
    }
}
