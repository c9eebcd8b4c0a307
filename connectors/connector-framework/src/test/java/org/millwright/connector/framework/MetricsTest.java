package org.millwright.connector.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.millwright.connector.framework.FakeInventory.Step.PERMANENT;
import static org.millwright.connector.framework.FakeInventory.Step.RETRIABLE;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.millwright.connector.ConnectorException;
import org.millwright.connector.Inventory;
import org.millwright.connector.ReservationRecord;

class MetricsTest {
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final TestClock clock = new TestClock();
    private final ResilientConnectors connectors = new ResilientConnectors(registry, clock);
    private final FakeInventory erp = new FakeInventory();

    @AfterEach
    void close() {
        connectors.close();
    }

    @Test
    void recordsEachCallBySystemOperationAndOutcome() {
        Inventory inventory = connectors.register("erp", TestPolicies.noRetries())
                .inventory(erp.then(RETRIABLE, 4).then(PERMANENT, 1));
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> inventory.stock("BRG-6205", "1000")).isInstanceOf(ConnectorException.class);
        }
        assertThatThrownBy(() -> inventory.stock("BRG-6205", "1000")).isInstanceOf(ConnectorException.class);
        clock.advance(TestPolicies.OPEN_WAIT.plusMillis(1));
        assertThatThrownBy(() -> inventory.stock("BRG-6205", "9999")).isInstanceOf(ConnectorException.class);
        inventory.stock("BRG-6205", "1000");
        Optional<ReservationRecord> reservation = inventory.findReservation("ep-1");

        assertThat(reservation).isEmpty();
        assertThat(count("stock", "permanent")).isEqualTo(1);
        assertThat(count("stock", "retriable")).isEqualTo(4);
        assertThat(count("stock", "rejected-open-circuit")).isEqualTo(1);
        assertThat(count("stock", "success")).isEqualTo(1);
        assertThat(count("findReservation", "success")).isEqualTo(1);
    }

    @Test
    void tagsRejectionsByTheLimitThatRejected() {
        Inventory inventory = connectors.register("erp", TestPolicies.noRetries()
                        .withRateLimit(new SystemPolicy.RateLimitPolicy(1, Duration.ofMinutes(1), Duration.ZERO)))
                .inventory(erp);
        inventory.stock("BRG-6205", "1000");
        assertThatThrownBy(() -> inventory.stock("BRG-6205", "1000")).isInstanceOf(ConnectorException.class);

        assertThat(count("stock", "rejected-rate-limit")).isEqualTo(1);
    }

    @Test
    void publishesTheCircuitStateOfEachSystemAsAGauge() {
        Inventory inventory = connectors.register("erp", TestPolicies.noRetries()).inventory(erp.then(RETRIABLE, 4));
        connectors.register("eam", TestPolicies.noRetries());
        assertThat(circuitGauge("erp")).isEqualTo(0.0);

        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> inventory.stock("BRG-6205", "1000")).isInstanceOf(ConnectorException.class);
        }
        assertThat(circuitGauge("erp")).isEqualTo(1.0);
        assertThat(circuitGauge("eam")).isEqualTo(0.0);

        clock.advance(TestPolicies.OPEN_WAIT.plusMillis(1));
        inventory.stock("BRG-6205", "1000");
        assertThat(circuitGauge("erp")).isEqualTo(2.0);
    }

    private long count(String operation, String outcome) {
        Timer timer = registry.find(ResilientConnectors.CALLS_METER)
                .tags("system", "erp", "operation", operation, "outcome", outcome).timer();
        return timer == null ? 0 : timer.count();
    }

    private double circuitGauge(String system) {
        return registry.get(ResilientConnectors.CIRCUIT_METER).tag("system", system).gauge().value();
    }
}
