package org.millwright.connector.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.millwright.connector.framework.FakeInventory.Step.HANG;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.millwright.connector.ConnectorException;
import org.millwright.connector.Inventory;
import org.millwright.connector.StockLevel;

class ProtectionLimitsTest {
    private final ResilientConnectors connectors = new ResilientConnectors(new SimpleMeterRegistry(), new TestClock());
    private final FakeInventory erp = new FakeInventory();
    private final ExecutorService callers = Executors.newSingleThreadExecutor();

    @AfterEach
    void close() {
        erp.releaseHangingCalls();
        callers.shutdownNow();
        connectors.close();
    }

    @Test
    void rejectsCallsBeyondTheBulkheadWithoutCallingTheSystem() throws Exception {
        ResilientSystem system = connectors.register("erp", TestPolicies.noRetries()
                .withBulkhead(new SystemPolicy.BulkheadPolicy(1, Duration.ZERO)));
        Inventory inventory = system.inventory(erp.then(HANG, 1));
        CompletableFuture<StockLevel> first = CompletableFuture.supplyAsync(
                () -> inventory.stock("BRG-6205", "1000"), callers);
        assertThat(erp.awaitHangingCall()).isTrue();

        assertThatThrownBy(() -> inventory.stock("BRG-6205", "1000"))
                .isInstanceOfSatisfying(ConnectorException.class, e -> {
                    assertThat(e.isRetriable()).isTrue();
                    assertThat(e.upstreamMessage()).isEqualTo("bulkhead for erp is full (1 concurrent calls)");
                });
        assertThat(erp.calls()).isEqualTo(1);

        erp.releaseHangingCalls();
        assertThat(first.get(5, TimeUnit.SECONDS).available()).isEqualTo(4);
        assertThat(inventory.stock("BRG-6205", "1000").available()).isEqualTo(4);
        assertThat(system.circuitState()).isEqualTo(CircuitState.CLOSED);
    }

    @Test
    void rejectsCallsBeyondTheRateLimitWithoutCallingTheSystem() {
        Inventory inventory = connectors.register("erp", TestPolicies.noRetries()
                        .withRateLimit(new SystemPolicy.RateLimitPolicy(2, Duration.ofMinutes(1), Duration.ZERO)))
                .inventory(erp);
        inventory.stock("BRG-6205", "1000");
        inventory.stock("BRG-6205", "1000");

        assertThatThrownBy(() -> inventory.stock("BRG-6205", "1000"))
                .isInstanceOfSatisfying(ConnectorException.class, e -> {
                    assertThat(e.isRetriable()).isTrue();
                    assertThat(e.upstreamMessage()).isEqualTo("rate limit for erp used up (2 calls per PT1M)");
                });
        assertThat(erp.calls()).isEqualTo(2);
    }

    @Test
    void turnsAHangingCallIntoARetriableTimeoutAndInterruptsIt() {
        Inventory inventory = connectors.register("erp", TestPolicies.noRetries()
                        .withCallTimeout(Duration.ofMillis(100)))
                .inventory(erp.then(HANG, 1));

        assertThatThrownBy(() -> inventory.stock("BRG-6205", "1000"))
                .isInstanceOfSatisfying(ConnectorException.class, e -> {
                    assertThat(e.isRetriable()).isTrue();
                    assertThat(e.upstreamMessage()).isEqualTo("no answer from erp within 100 ms");
                });
        await().atMost(Duration.ofSeconds(5)).until(erp::wasInterrupted);
    }
}
