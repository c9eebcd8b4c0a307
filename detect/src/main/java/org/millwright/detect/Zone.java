package org.millwright.detect;

/**
 * ISO 20816-3 evaluation zones for broadband vibration velocity, from best to worst. The declaration order is
 * the order of severity, so {@code compareTo} answers "is this zone worse".
 */
public enum Zone {
    /** Vibration of newly commissioned machines. */
    A,
    /** Acceptable for unrestricted long-term operation. */
    B,
    /** Unsatisfactory: operation only for a limited period until remedial action. */
    C,
    /** Severe enough to cause damage to the machine. */
    D;

    /** Whether this zone is the same as or worse than {@code other}. */
    public boolean isAtLeast(Zone other) {
        return compareTo(other) >= 0;
    }

    /** The name of the boundary below this zone, e.g. {@code "B/C"} for {@link #C}; empty for {@link #A}. */
    public String lowerBoundaryName() {
        return this == A ? "" : values()[ordinal() - 1].name() + '/' + name();
    }
}
