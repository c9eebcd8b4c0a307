package org.millwright.protocol.sparkplug.internal.session;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the host knows about one edge node: whether it is born (an NBIRTH was seen and no NDEATH since),
 * its bdSeq, the last {@code seq}, whether a rebirth was requested and not yet answered, and the metric
 * scopes of the node and of each born device. Owned by the dispatcher thread.
 */
final class NodeSession {
    static final int SEQ_MODULUS = 256;

    private boolean born;
    private long bdSeq;
    private int lastSeq;
    private boolean rebirthPending;
    private MetricScope nodeScope = new MetricScope();
    private final Map<String, MetricScope> devices = new LinkedHashMap<>();

    /** Starts a new session from an NBIRTH: forgets every device, clears a pending rebirth. */
    MetricScope birth(long newBdSeq, int seq) {
        born = true;
        bdSeq = newBdSeq;
        lastSeq = seq;
        rebirthPending = false;
        nodeScope = new MetricScope();
        devices.clear();
        return nodeScope;
    }

    /** Ends the session (NDEATH with the session's bdSeq). */
    void death() {
        born = false;
        devices.clear();
    }

    boolean isBorn() {
        return born;
    }

    long bdSeq() {
        return bdSeq;
    }

    /** Takes the next {@code seq}; true when it follows the last one (0–255, wrapping), false on a gap or reorder. */
    boolean advance(long seq) {
        boolean inOrder = seq == (lastSeq + 1) % SEQ_MODULUS;
        lastSeq = (int) Math.floorMod(seq, (long) SEQ_MODULUS);
        return inOrder;
    }

    /** Marks a rebirth as requested; true only for the first call until the next {@link #birth}. */
    boolean claimRebirthRequest() {
        if (rebirthPending) {
            return false;
        }
        rebirthPending = true;
        return true;
    }

    MetricScope nodeScope() {
        return nodeScope;
    }

    MetricScope birthDevice(String device) {
        MetricScope scope = new MetricScope();
        devices.put(device, scope);
        return scope;
    }

    Optional<MetricScope> device(String device) {
        return Optional.ofNullable(devices.get(device));
    }

    Optional<MetricScope> removeDevice(String device) {
        return Optional.ofNullable(devices.remove(device));
    }

    Map<String, MetricScope> devices() {
        return devices;
    }
}
