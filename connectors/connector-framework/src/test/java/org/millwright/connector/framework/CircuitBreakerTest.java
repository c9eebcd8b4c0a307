package org.millwright.connector.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.millwright.connector.framework.FakeInventory.Step.RETRIABLE;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.millwright.connector.ConnectorException;
import org.millwright.connector.Inventory;
import org.millwright.connector.SystemUnavailableException;

class CircuitBreakerTest {
    private final TestClock clock = new TestClock();
    private final ResilientConnectors connectors = new ResilientConnectors(new SimpleMeterRegistry(), clock);
    private final FakeInventory erp = new FakeInventory();
    private final ResilientSystem system = connectors.register("erp", TestPolicies.noRetries());
    private final Inventory inventory = system.inventory(erp);

    @AfterEach
    void close() {
        connectors.close();
    }

    @Test
    void opensAfterTooManyFailuresAndFailsFastWithoutCallingTheSystem() {
        erp.then(RETRIABLE, 4);
        failFourTimes();
        assertThat(system.circuitState()).isEqualTo(CircuitState.OPEN);

        assertThatThrownBy(() -> inventory.stock("BRG-6205", "1000"))
                .isInstanceOfSatisfying(SystemUnavailableException.class, e -> {
                    assertThat(e.isRetriable()).isTrue();
                    assertThat(e.upstreamMessage()).startsWith("circuit for erp is open")
                            .contains(FakeInventory.SYSTEM_TEXT);
                    assertThat(e.retryAfter()).isEqualTo(system.policy().circuitBreaker().waitInOpenState());
                });
        assertThat(erp.calls()).isEqualTo(4);
    }

    @Test
    void doesNotRetryWhileTheCircuitIsOpen() {
        ResilientSystem retrying = connectors.register("erp-retrying",
                TestPolicies.retries(3, Duration.ofMillis(5), 0.0));
        FakeInventory failing = new FakeInventory().then(RETRIABLE, 10);
        Inventory retried = retrying.inventory(failing);

        assertThatThrownBy(() -> retried.stock("BRG-6205", "1000")).isInstanceOf(ConnectorException.class);
        assertThatThrownBy(() -> retried.stock("BRG-6205", "1000"))
                .isInstanceOfSatisfying(ConnectorException.class,
                        e -> assertThat(e.upstreamMessage()).startsWith("circuit for erp-retrying is open"));

        assertThat(failing.calls()).isEqualTo(4);
        assertThat(retrying.circuitState()).isEqualTo(CircuitState.OPEN);
    }

    @Test
    void letsTrialCallsThroughAfterTheOpenWaitAndClosesWhenTheSystemRecovered() {
        erp.then(RETRIABLE, 4);
        failFourTimes();

        clock.advance(TestPolicies.OPEN_WAIT.plusMillis(1));
        assertThat(inventory.stock("BRG-6205", "1000").available()).isEqualTo(4);
        assertThat(system.circuitState()).isEqualTo(CircuitState.HALF_OPEN);
        assertThat(inventory.stock("BRG-6205", "1000").available()).isEqualTo(4);

        assertThat(system.circuitState()).isEqualTo(CircuitState.CLOSED);
        assertThat(erp.calls()).isEqualTo(6);
    }

    @Test
    void reopensWhenTheTrialCallsFail() {
        erp.then(RETRIABLE, 6);
        failFourTimes();

        clock.advance(TestPolicies.OPEN_WAIT.plusMillis(1));
        assertThatThrownBy(() -> inventory.stock("BRG-6205", "1000")).isInstanceOf(ConnectorException.class);
        assertThatThrownBy(() -> inventory.stock("BRG-6205", "1000")).isInstanceOf(ConnectorException.class);

        assertThat(system.circuitState()).isEqualTo(CircuitState.OPEN);
        assertThat(erp.calls()).isEqualTo(6);
    }

    private void failFourTimes() {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> inventory.stock("BRG-6205", "1000"))
                    .isInstanceOfSatisfying(ConnectorException.class,
                            e -> assertThat(e.upstreamMessage()).isEqualTo(FakeInventory.SYSTEM_TEXT));
        }
    }
}
