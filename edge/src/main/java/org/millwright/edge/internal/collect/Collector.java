package org.millwright.edge.internal.collect;

/** One running source of samples. Start once, close once. */
public interface Collector extends AutoCloseable {

    /** The source id that numbers this collector's samples. */
    String sourceId();

    /** Starts collecting; returns at once (connecting happens in the background). */
    void start();

    /** A short word on its state for the status, e.g. {@code CONNECTED}. */
    String state();

    /** Stops collecting; idempotent. */
    @Override
    void close();

    /** Names the single daemon thread of a collector's executor. */
    static java.util.concurrent.ThreadFactory daemonThread(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** The unified-namespace topic of a signal of an asset at an ISA-95 location path. */
    static String topic(String locationPath, String asset, String signalWireName) {
        return locationPath + '/' + asset + '/' + signalWireName;
    }
}
