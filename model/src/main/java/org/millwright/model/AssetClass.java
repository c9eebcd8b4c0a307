package org.millwright.model;

/** Kind of machine; selects default rules and spare-part lists. */
public enum AssetClass {
    MOTOR,
    PUMP,
    FAN,
    SPINDLE
}
