package org.millwright.connector.framework;

import java.util.Objects;
import java.util.Optional;
import org.millwright.connector.AssetMaster;
import org.millwright.connector.FieldService;
import org.millwright.connector.Inventory;
import org.millwright.connector.Planning;
import org.millwright.connector.Procurement;
import org.millwright.connector.WorkManagement;
import org.millwright.connector.framework.internal.GuardedCalls;
import org.millwright.connector.framework.internal.GuardedPorts;

/**
 * One system of record registered with {@link ResilientConnectors}: decorates adapter ports so that their calls go
 * through this system's retry, circuit breaker, rate limit, bulkhead and timeout. Ports decorated here share one
 * circuit, one bulkhead and one rate limit. Thread-safe.
 */
public final class ResilientSystem {
    private final String name;
    private final SystemPolicy policy;
    private final GuardedCalls calls;

    ResilientSystem(String name, SystemPolicy policy, GuardedCalls calls) {
        this.name = name;
        this.policy = policy;
        this.calls = calls;
    }

    public String name() {
        return name;
    }

    public SystemPolicy policy() {
        return policy;
    }

    /** The circuit breaker's current state. */
    public CircuitState circuitState() {
        return calls.circuitState();
    }

    /** The system's last failure that counted against its circuit, or "none recorded". */
    public String lastFailure() {
        return calls.lastFailure();
    }

    public AssetMaster assetMaster(AssetMaster adapter) {
        return GuardedPorts.assetMaster(calls, Objects.requireNonNull(adapter, "adapter"));
    }

    public WorkManagement workManagement(WorkManagement adapter) {
        return GuardedPorts.workManagement(calls, Objects.requireNonNull(adapter, "adapter"));
    }

    public Inventory inventory(Inventory adapter) {
        return GuardedPorts.inventory(calls, Objects.requireNonNull(adapter, "adapter"));
    }

    public Procurement procurement(Procurement adapter) {
        return GuardedPorts.procurement(calls, Objects.requireNonNull(adapter, "adapter"));
    }

    public Planning planning(Planning adapter) {
        return GuardedPorts.planning(calls, Objects.requireNonNull(adapter, "adapter"));
    }

    public FieldService fieldService(FieldService adapter) {
        return GuardedPorts.fieldService(calls, Objects.requireNonNull(adapter, "adapter"));
    }

    /** Decorates every port the adapter implements; the others are empty. */
    public ConnectorPorts decorate(Object adapter) {
        Objects.requireNonNull(adapter, "adapter");
        return new ConnectorPorts(
                adapter instanceof AssetMaster port ? Optional.of(assetMaster(port)) : Optional.empty(),
                adapter instanceof WorkManagement port ? Optional.of(workManagement(port)) : Optional.empty(),
                adapter instanceof Inventory port ? Optional.of(inventory(port)) : Optional.empty(),
                adapter instanceof Procurement port ? Optional.of(procurement(port)) : Optional.empty(),
                adapter instanceof Planning port ? Optional.of(planning(port)) : Optional.empty(),
                adapter instanceof FieldService port ? Optional.of(fieldService(port)) : Optional.empty());
    }

    void close() {
        calls.close();
    }
}
