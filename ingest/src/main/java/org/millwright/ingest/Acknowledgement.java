package org.millwright.ingest;

/**
 * Tells the source that an input is no longer needed (e.g. sends the MQTT PUBACK). Invoked at most once,
 * only after the input was handled or durably dead-lettered; an input never acknowledged stays
 * redeliverable by its source.
 */
@FunctionalInterface
public interface Acknowledgement {

    /** Releases the input at its source. */
    void acknowledge();
}
