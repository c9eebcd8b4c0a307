package org.millwright.edge.config;

/** What the buffer does with a new sample when it holds its maximum of rows or bytes. */
public enum WhenFull {
    /** Delete the oldest buffered samples to make room: the newest data wins (the hub sees a counted gap). */
    DROP_OLDEST,
    /** Keep what is buffered and refuse the new sample: the oldest data wins (it gets no sequence number). */
    REJECT_NEWEST
}
