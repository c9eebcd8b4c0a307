package org.millwright.app.reconcile;

/** How what a system of record holds differs from what the hub believes. */
public enum DriftKind {
    /** The hub recorded a record that the system no longer has (deleted behind the hub's back, or never kept). */
    MISSING_IN_SYSTEM,
    /** The record exists but its status contradicts the hub (e.g. still open although the hub completed it). */
    STATUS_MISMATCH,
    /** The system holds a record with the episode key that the hub has no record of (or another one than it has). */
    UNRECORDED_IN_HUB,
    /** The system could not be asked (down, timing out, circuit open): nothing is known, least of all "missing". */
    UNREACHABLE
}
