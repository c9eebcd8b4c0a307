package org.millwright.connector.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.millwright.connector.sandbox.SandboxFixture.MOTOR_1;
import static org.millwright.connector.sandbox.SandboxFixture.PLANT;
import static org.millwright.connector.sandbox.SandboxFixture.SEAL;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.millwright.connector.AssetMaster;
import org.millwright.connector.ConnectorException;
import org.millwright.connector.Inventory;
import org.millwright.connector.sandbox.SandboxConnector;
import org.millwright.connector.sandbox.SandboxFixture;
import org.millwright.model.AssetId;

class ResilientSandboxIT {
    private static final String ERP = "sandbox-erp";

    private static SandboxFixture fixture;

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final TestClock clock = new TestClock();
    private final ResilientConnectors connectors = new ResilientConnectors(registry, clock);

    @BeforeAll
    static void start() {
        fixture = SandboxFixture.start("connector_framework");
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @AfterEach
    void clear() {
        fixture.clearFaults();
        connectors.close();
    }

    @Test
    void opensTheCircuitOnAFailingErpFailsFastAndRecoversAfterTheFaultIsCleared() {
        SandboxConnector adapter = new SandboxConnector(fixture.baseUri(), Duration.ofSeconds(2));
        ResilientSystem erp = connectors.register(ERP, TestPolicies.retries(2, Duration.ofMillis(10), 0.2));
        Inventory inventory = erp.inventory(adapter);
        AssetMaster assets = erp.assetMaster(adapter);
        assertThat(inventory.stock(SEAL, PLANT).available()).isEqualTo(10);

        fixture.fault("erp", "{\"errorRate\":1.0}");
        assertThatThrownBy(() -> inventory.stock(SEAL, PLANT))
                .isInstanceOfSatisfying(ConnectorException.class, e -> {
                    assertThat(e.isRetriable()).isTrue();
                    assertThat(e.upstreamMessage()).isEqualTo("sandbox erp failed (injected error)");
                });
        assertThatThrownBy(() -> assets.equipment(AssetId.of(MOTOR_1)))
                .isInstanceOfSatisfying(ConnectorException.class,
                        e -> assertThat(e.upstreamMessage()).isEqualTo("circuit for sandbox-erp is open; "
                                + "last failure: sandbox erp failed (injected error)"));
        assertThat(erp.circuitState()).isEqualTo(CircuitState.OPEN);
        assertThatThrownBy(() -> inventory.stock(SEAL, PLANT))
                .isInstanceOfSatisfying(ConnectorException.class, e -> assertThat(e.isRetriable()).isTrue());
        assertThat(count("stock", "rejected-open-circuit")).isEqualTo(1);

        fixture.clearFaults();
        clock.advance(TestPolicies.OPEN_WAIT.plusMillis(1));
        assertThat(inventory.stock(SEAL, PLANT).available()).isEqualTo(10);
        assertThat(assets.equipment(AssetId.of(MOTOR_1))).isPresent();

        assertThat(erp.circuitState()).isEqualTo(CircuitState.CLOSED);
        assertThat(count("stock", "success")).isEqualTo(2);
        assertThat(count("stock", "retriable")).isEqualTo(1);
    }

    private long count(String operation, String outcome) {
        Timer timer = registry.find(ResilientConnectors.CALLS_METER)
                .tags("system", ERP, "operation", operation, "outcome", outcome).timer();
        return timer == null ? 0 : timer.count();
    }
}
