package org.millwright.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SandboxConfigTest {

    @Test
    void defaultsToLoopbackAFreePortAndTwentySecondsCompletion() {
        SandboxConfig config = SandboxConfig.defaults();

        assertThat(config.host()).isEqualTo("127.0.0.1");
        assertThat(config.port()).isZero();
        assertThat(config.fieldServiceCompletionDelay()).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void changesOneValuePerWither() {
        SandboxConfig config = SandboxConfig.defaults().withPort(8091).withRandomSeed(7);

        assertThat(config.port()).isEqualTo(8091);
        assertThat(config.randomSeed()).isEqualTo(7);
        assertThat(config.host()).isEqualTo("127.0.0.1");
    }

    @Test
    void refusesAPortOutOfRangeAndANonPositiveRetryInterval() {
        assertThatThrownBy(() -> SandboxConfig.defaults().withPort(70_000)).hasMessageContaining("port");
        assertThatThrownBy(() -> SandboxConfig.defaults().withCallbackRetryInterval(Duration.ZERO))
                .hasMessageContaining("callbackRetryInterval");
    }

    @Test
    void refusesSeedPartsWithoutAPositiveQuantity() {
        assertThatThrownBy(() -> new SeedPart("BRG-6205", 0)).hasMessageContaining("quantity");
    }

    @Test
    void copiesTheBillOfMaterialsOfSeedEquipment() {
        List<SeedPart> parts = new ArrayList<>(List.of(new SeedPart("BRG-6205", 1)));
        SeedEquipment equipment = new SeedEquipment("m-1", "Motor", "MOTOR", "acme", "north", "assembly", "line-1",
                "GROUP_2", "RIGID", "1000", "10000101", Map.of("bearing-wear", parts));
        parts.clear();

        assertThat(equipment.spareParts().get("bearing-wear")).hasSize(1);
    }
}
