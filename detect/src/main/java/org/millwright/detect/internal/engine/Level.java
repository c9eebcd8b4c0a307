package org.millwright.detect.internal.engine;

/** Where one sample puts one rule, from good to bad; declaration order matters. */
enum Level {
    /** Inside the clear limit (after hysteresis). */
    CLEAR,
    /** Between the clear and the raise limit: keeps the rule as it is. */
    HOLD,
    /** Beyond the raise limit. */
    RAISE,
    /** Beyond the escalation limit. */
    ESCALATE
}
