package org.millwright.connector.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.millwright.connector.framework.FakeInventory.Step.RETRIABLE;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.millwright.connector.ConnectorException;
import org.millwright.connector.SystemUnavailableException;

class FailoverTest {
    private final ResilientConnectors connectors = new ResilientConnectors(new SimpleMeterRegistry(),
            Clock.systemUTC());
    private final FakeInventory primary = new FakeInventory();
    private final FakeInventory standby = new FakeInventory();
    private final ResilientSystem erp = connectors.register("erp", TestPolicies.noRetries());
    private final ConnectorPorts ports = erp.decorate(primary)
            .withAlternate(connectors.register("erp/alternate", TestPolicies.noRetries()).decorate(standby));

    @AfterEach
    void close() {
        connectors.close();
    }

    @Test
    void callsTheAlternateOnlyWhileThePrimarysCircuitIsOpen() {
        var inventory = ports.inventory().orElseThrow();
        assertThat(inventory.stock("BRG-6205", "1000").available()).isEqualTo(4);
        assertThat(standby.calls()).isZero();

        primary.then(RETRIABLE, 100);
        for (int i = 0; i < 10 && erp.circuitState() != CircuitState.OPEN; i++) {
            assertThatThrownBy(() -> inventory.stock("BRG-6205", "1000")) // failures that reached the primary
                    .isInstanceOf(ConnectorException.class).isNotInstanceOf(SystemUnavailableException.class);
        }
        assertThat(erp.circuitState()).isEqualTo(CircuitState.OPEN);
        int standbyCallsBefore = standby.calls();

        assertThat(inventory.stock("BRG-6205", "1000").available()).isEqualTo(4);
        assertThat(standby.calls()).isEqualTo(standbyCallsBefore + 1);
    }

    @Test
    void portsTheAlternateDoesNotServeHaveNoFallback() {
        ConnectorPorts base = erp.decorate(primary);
        ConnectorPorts none = new ConnectorPorts(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());

        assertThat(base.withAlternate(none).inventory().orElseThrow()).isSameAs(base.inventory().orElseThrow());
    }
}
