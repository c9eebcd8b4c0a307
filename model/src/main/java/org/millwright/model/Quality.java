package org.millwright.model;

/** Quality of a sample, as reported by its source or set by ingest (OPC UA / Sparkplug quality, simplified). */
public enum Quality {
    GOOD,
    UNCERTAIN,
    BAD,
    /** The source went away (e.g. Sparkplug DEATH); the last value is no longer current. */
    STALE
}
