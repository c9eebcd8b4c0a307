package org.millwright.connector.framework;

/**
 * The state of a system's circuit breaker, published as the gauge {@value ResilientConnectors#CIRCUIT_METER}
 * with the values 0 (closed), 1 (open) and 2 (half-open).
 */
public enum CircuitState {
    /** Calls flow; failures are counted. */
    CLOSED(0),
    /** Calls fail fast with a retriable error until the open-state wait has passed. */
    OPEN(1),
    /** A few trial calls decide whether the circuit closes again or re-opens. */
    HALF_OPEN(2);

    private final int gaugeValue;

    CircuitState(int gaugeValue) {
        this.gaugeValue = gaugeValue;
    }

    /** The value of the circuit-state gauge. */
    public int gaugeValue() {
        return gaugeValue;
    }
}
