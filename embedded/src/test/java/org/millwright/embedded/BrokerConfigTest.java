package org.millwright.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

class BrokerConfigTest {

    private final Path base = Path.of("data", "mqtt");

    @Test
    void defaultsToLoopbackOnTheStandardMqttPort() {
        BrokerConfig config = BrokerConfig.defaults(base);

        assertThat(config.bindAddress()).isEqualTo("127.0.0.1");
        assertThat(config.port()).isEqualTo(1883);
        assertThat(config.baseDirectory()).isEqualTo(base);
        assertThat(config.startTimeout()).isPositive();
    }

    @Test
    void withersChangeOneSettingOnly() {
        BrokerConfig config = BrokerConfig.defaults(base).withPort(0).withStartTimeout(Duration.ofSeconds(5));

        assertThat(config).isEqualTo(new BrokerConfig("127.0.0.1", 0, base, Duration.ofSeconds(5)));
        assertThat(config.withBindAddress("::1").bindAddress()).isEqualTo("::1");
    }

    @Test
    void rejectsAPortOutsideTheTcpRange() {
        assertThatThrownBy(() -> BrokerConfig.defaults(base).withPort(65536))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("port").hasMessageContaining("65536");
        assertThatThrownBy(() -> BrokerConfig.defaults(base).withPort(-1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsABlankBindAddressAndANonPositiveTimeout() {
        assertThatThrownBy(() -> BrokerConfig.defaults(base).withBindAddress(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bind address");
        assertThatThrownBy(() -> BrokerConfig.defaults(base).withStartTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("timeout");
    }
}
