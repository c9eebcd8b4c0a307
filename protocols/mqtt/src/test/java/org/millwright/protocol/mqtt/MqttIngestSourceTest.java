package org.millwright.protocol.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.millwright.ingest.IngestGateway;
import org.millwright.ingest.JsonSampleDecoder;
import org.millwright.ingest.Pipeline;

class MqttIngestSourceTest {

    @Test
    void startFailsNamingTheBrokerWhenItIsUnreachableInTime() throws Exception {
        int port = EmbeddedBroker.freePort();
        MqttSourceConfig config = MqttSourceConfig.of("127.0.0.1", port, "hub-unreachable")
                .withConnectTimeout(Duration.ofMillis(1500))
                .withReconnectDelays(Duration.ofMillis(100), Duration.ofMillis(400));
        try (Pipeline pipeline = Pipeline.start(1, 1, signal -> { }, Clock.systemUTC());
             MqttIngestSource source = new MqttIngestSource(config, new IngestGateway(
                     JsonSampleDecoder.of(id -> Optional.empty()), letter -> { }, pipeline, Clock.systemUTC()))) {

            long started = System.nanoTime();
            assertThatThrownBy(source::start)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("127.0.0.1:" + port)
                    .hasMessageContaining("PT1.5S");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
            assertThat(source.isConnected()).isFalse();
        }
    }

    @Test
    void configDefaultsToAllUnsTopicsAndAnHourLongSession() {
        MqttSourceConfig config = MqttSourceConfig.of("broker.plant", 1883, "hub");

        assertThat(config.topicFilter()).isEqualTo("+/+/+/+/+/+");
        assertThat(config.sessionExpiry()).isEqualTo(Duration.ofHours(1));
        assertThat(config.username()).isEmpty();
        assertThat(config.withCredentials("hub", "s3cret").toString()).contains("hub").doesNotContain("s3cret");
    }

    @Test
    void configRejectsImpossibleValuesNamingTheField() {
        MqttSourceConfig config = MqttSourceConfig.of("broker.plant", 1883, "hub");

        assertThatThrownBy(() -> MqttSourceConfig.of("broker.plant", 0, "hub")).hasMessageContaining("port");
        assertThatThrownBy(() -> MqttSourceConfig.of(" ", 1883, "hub")).hasMessageContaining("host");
        assertThatThrownBy(() -> config.withSessionExpiry(Duration.ofSeconds(-1)))
                .hasMessageContaining("sessionExpiry");
        assertThatThrownBy(() -> config.withConnectTimeout(Duration.ZERO)).hasMessageContaining("connectTimeout");
        assertThatThrownBy(() -> config.withReconnectDelays(Duration.ofSeconds(5), Duration.ofSeconds(1)))
                .hasMessageContaining("reconnectMaxDelay");
    }
}
