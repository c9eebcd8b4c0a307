package org.millwright.app.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A fixed-size ring of recent samples of one signal; one writer (the partition thread), any number of readers. */
public final class Trend {
    /** One sample. */
    public record Point(Instant at, double value) {
    }

    private final long[] times;
    private final double[] values;
    private int next;
    private int size;

    Trend(int capacity) {
        times = new long[capacity];
        values = new double[capacity];
    }

    synchronized void add(Instant at, double value) {
        times[next] = at.toEpochMilli();
        values[next] = value;
        next = (next + 1) % times.length;
        size = Math.min(size + 1, times.length);
    }

    synchronized List<Point> points() {
        List<Point> points = new ArrayList<>(size);
        int start = (next - size + times.length) % times.length;
        for (int i = 0; i < size; i++) {
            int at = (start + i) % times.length;
            points.add(new Point(Instant.ofEpochMilli(times[at]), values[at]));
        }
        return points;
    }
}
