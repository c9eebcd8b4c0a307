package org.millwright.connector.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.millwright.connector.framework.FakeInventory.Step.PERMANENT;
import static org.millwright.connector.framework.FakeInventory.Step.RETRIABLE;
import static org.millwright.connector.framework.FakeInventory.Step.UNCLASSIFIED;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.millwright.connector.ConnectorException;
import org.millwright.connector.Inventory;

class RetryTest {
    private final ResilientConnectors connectors = new ResilientConnectors(new SimpleMeterRegistry(), new TestClock());
    private final FakeInventory erp = new FakeInventory();

    @AfterEach
    void close() {
        connectors.close();
    }

    @Test
    void retriesRetriableFailuresWithGrowingBackoffThenSucceeds() {
        Inventory inventory = connectors.register("erp", TestPolicies.retries(3, Duration.ofMillis(40), 0.0))
                .inventory(erp.then(RETRIABLE, 2));

        assertThat(inventory.stock("BRG-6205", "1000").available()).isEqualTo(4);

        assertThat(erp.calls()).isEqualTo(3);
        List<Long> times = erp.callTimes();
        assertThat(TimeUnit.NANOSECONDS.toMillis(times.get(1) - times.get(0))).isGreaterThanOrEqualTo(40);
        assertThat(TimeUnit.NANOSECONDS.toMillis(times.get(2) - times.get(1))).isGreaterThanOrEqualTo(80);
    }

    @Test
    void attemptsACallWithASideEffectOnlyOnceSoALostAnswerCannotCreateTwice() {
        Inventory inventory = connectors.register("erp", TestPolicies.retries(3, Duration.ofMillis(5), 0.0))
                .inventory(erp.then(RETRIABLE, 1));
        var request = new org.millwright.connector.ReservationRequest("EP-000000000001",
                org.millwright.model.AssetId.of("m-1"), "1000", List.of(new org.millwright.connector.SparePart("B", 1)));

        assertThatThrownBy(() -> inventory.reserve(request)).isInstanceOfSatisfying(ConnectorException.class,
                e -> assertThat(e.isRetriable()).isTrue());
        assertThat(erp.calls()).isEqualTo(1);
    }

    @Test
    void givesUpAfterMaxAttemptsWithTheSystemsOwnError() {
        Inventory inventory = connectors.register("erp", TestPolicies.retries(3, Duration.ofMillis(5), 0.5))
                .inventory(erp.then(RETRIABLE, 5));

        assertThatThrownBy(() -> inventory.stock("BRG-6205", "1000"))
                .isInstanceOfSatisfying(ConnectorException.class, e -> {
                    assertThat(e.isRetriable()).isTrue();
                    assertThat(e.upstreamMessage()).isEqualTo(FakeInventory.SYSTEM_TEXT);
                });
        assertThat(erp.calls()).isEqualTo(3);
    }

    @Test
    void passesPermanentFailuresThroughUnretriedAndKeepsTheCircuitClosed() {
        ResilientSystem system = connectors.register("erp", TestPolicies.retries(3, Duration.ofMillis(5), 0.0));
        Inventory inventory = system.inventory(erp.then(PERMANENT, 6));

        for (int i = 0; i < 6; i++) {
            assertThatThrownBy(() -> inventory.stock("BRG-6205", "9999"))
                    .isInstanceOfSatisfying(ConnectorException.class, e -> {
                        assertThat(e.isRetriable()).isFalse();
                        assertThat(e.upstreamMessage()).isEqualTo("ERP said: unknown plant 9999");
                    });
        }

        assertThat(erp.calls()).isEqualTo(6);
        assertThat(system.circuitState()).isEqualTo(CircuitState.CLOSED);
    }

    @Test
    void turnsAnUnclassifiedAdapterExceptionIntoAPermanentFailure() {
        Inventory inventory = connectors.register("erp", TestPolicies.retries(3, Duration.ofMillis(5), 0.0))
                .inventory(erp.then(UNCLASSIFIED, 1));

        assertThatThrownBy(() -> inventory.stock("BRG-6205", "1000"))
                .isInstanceOfSatisfying(ConnectorException.class, e -> {
                    assertThat(e.isRetriable()).isFalse();
                    assertThat(e.system()).isEqualTo("erp");
                    assertThat(e.upstreamMessage()).contains("adapter bug");
                    assertThat(e.getCause()).isInstanceOf(IllegalStateException.class);
                });
        assertThat(erp.calls()).isEqualTo(1);
    }
}
