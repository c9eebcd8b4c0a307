package org.millwright.connector.framework;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.millwright.connector.framework.internal.GuardedCalls;

/**
 * The connector framework's entry point. Register each system of record once with its {@link SystemPolicy}, then
 * decorate the adapter's ports through the returned {@link ResilientSystem}:
 *
 * <pre>{@code
 * ResilientConnectors connectors = new ResilientConnectors(meterRegistry, Clock.systemUTC());
 * ResilientSystem erp = connectors.register("sandbox-erp", SystemPolicy.defaults());
 * Inventory inventory = erp.inventory(sandboxConnector);
 * }</pre>
 *
 * <p>Every call through a decorated port passes, outermost first: retry → circuit breaker → rate limiter →
 * bulkhead → timeout → adapter. Only retriable {@link org.millwright.connector.ConnectorException}s are retried and
 * counted as failures by the breaker; permanent ones pass through at once. While the circuit is open, calls fail
 * fast with a retriable exception whose message names the open circuit and the system's last error text.
 *
 * <p>Metrics: the timer {@value #CALLS_METER} tagged {@code system}, {@code operation} (the port method name) and
 * {@code outcome} ({@link CallOutcome#tag()}), one sample per call after retries; the gauge {@value #CIRCUIT_METER}
 * tagged {@code system} ({@link CircuitState#gaugeValue()}). Thread-safe; close it to stop the worker threads.
 */
public final class ResilientConnectors implements AutoCloseable {
    /** Timer of calls to systems of record. */
    public static final String CALLS_METER = "millwright.connector.calls";
    /** Gauge of the circuit state per system. */
    public static final String CIRCUIT_METER = "millwright.connector.circuit.state";

    private final MeterRegistry registry;
    private final Clock clock;
    private final Map<String, ResilientSystem> systems = new ConcurrentHashMap<>();

    /**
     * @param registry where the metrics go
     * @param clock    the circuit breaker's clock (open-state wait); retry backoff waits in real time
     */
    public ResilientConnectors(MeterRegistry registry, Clock clock) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Registers a system of record; every port decorated through the result shares its circuit breaker, bulkhead
     * and rate limit.
     *
     * @throws IllegalArgumentException if the name is blank
     * @throws IllegalStateException    if a system of that name is already registered
     */
    public ResilientSystem register(String system, SystemPolicy policy) {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(policy, "policy");
        if (system.isBlank()) {
            throw new IllegalArgumentException("system name must not be blank");
        }
        return systems.compute(system, (name, existing) -> {
            if (existing != null) {
                throw new IllegalStateException("system " + name + " is already registered");
            }
            return new ResilientSystem(name, policy, new GuardedCalls(name, policy, registry, clock));
        });
    }

    /**
     * Registers a system of record, or keeps the one registered under this name when its policy is the same (its
     * circuit state, bulkhead and rate limit carry on). A changed policy replaces it: the old one is closed and its
     * circuit starts closed. For configuration reloads; ports decorated through a replaced system fail from then on.
     */
    public ResilientSystem registerOrUpdate(String system, SystemPolicy policy) {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(policy, "policy");
        ResilientSystem existing = systems.get(system);
        if (existing != null && existing.policy().equals(policy)) {
            return existing;
        }
        if (existing != null) {
            systems.remove(system, existing);
            existing.close();
        }
        return register(system, policy);
    }

    /** The system registered under this name, if any. */
    public Optional<ResilientSystem> system(String system) {
        return Optional.ofNullable(systems.get(system));
    }

    /** Stops the worker threads of every system; calls still waiting fail. */
    @Override
    public void close() {
        systems.values().forEach(ResilientSystem::close);
    }
}
