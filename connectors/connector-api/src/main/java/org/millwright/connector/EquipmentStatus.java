package org.millwright.connector;

/** Equipment status as kept in the ERP's equipment master. */
public enum EquipmentStatus {
    RUNNING,
    DEGRADED,
    UNDER_MAINTENANCE,
    STOPPED
}
