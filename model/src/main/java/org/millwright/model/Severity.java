package org.millwright.model;

/** How urgent a condition is, in rising order (ISO 13374 advisory levels, simplified). */
public enum Severity {
    ADVISORY,
    WARNING,
    ALARM,
    TRIP;

    public boolean isAbove(Severity other) {
        return compareTo(other) > 0;
    }
}
