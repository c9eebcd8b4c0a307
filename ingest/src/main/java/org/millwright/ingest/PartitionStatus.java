package org.millwright.ingest;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A snapshot of one pipeline partition, for metrics and health.
 *
 * @param partition    the partition number, 0 to partitions - 1
 * @param queueDepth   signals waiting in its queue (not counting one being handled)
 * @param processed    signals handled successfully since start
 * @param failed       handler calls that threw since start (each retry counts)
 * @param failingSince while the signal at its head keeps failing: when it first failed
 */
public record PartitionStatus(int partition, int queueDepth, long processed, long failed,
                              Optional<Instant> failingSince) {
    public PartitionStatus {
        Objects.requireNonNull(failingSince, "failingSince");
    }
}
