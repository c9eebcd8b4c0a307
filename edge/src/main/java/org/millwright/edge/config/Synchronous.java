package org.millwright.edge.config;

/**
 * SQLite's {@code synchronous} setting for the buffer (always in WAL mode).
 *
 * <p>{@link #FULL} is the default: every commit is on disk before the agent counts the sample as buffered, so
 * a power cut cannot roll back a sample that was already forwarded and let its sequence number be handed out
 * again to another sample, which the hub would then drop as a duplicate. The cost is one fsync per commit; the
 * agent commits in groups, so it is paid per batch, not per sample. {@link #NORMAL} survives a crash of the
 * agent's process (kill -9) but not of the operating system; choose it only on storage where fsync is too slow.
 */
public enum Synchronous {
    /** fsync of the WAL at checkpoints only. */
    NORMAL,
    /** fsync of the WAL at every commit. */
    FULL
}
