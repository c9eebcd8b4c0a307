package org.millwright.chart;

/**
 * One signal of one asset, downsampled on the fly into at most {@value #CAPACITY} time buckets (min, max, mean):
 * when a sample falls beyond the last bucket, neighbouring buckets merge and the bucket width doubles, so memory
 * stays bounded however long the recording. Samples must not come before the origin (earlier ones count in the
 * first bucket). Not thread-safe: fill it, then draw it.
 */
public final class Series {
    /** The most buckets a series holds. */
    public static final int CAPACITY = 720;
    private static final long INITIAL_WIDTH_MILLIS = 1000;

    private final long origin;
    private long width = INITIAL_WIDTH_MILLIS;
    private final double[] min = new double[CAPACITY];
    private final double[] max = new double[CAPACITY];
    private final double[] sum = new double[CAPACITY];
    private final int[] count = new int[CAPACITY];
    private int size;

    /** An empty series whose first bucket starts at {@code originMillis} (epoch millis). */
    public Series(long originMillis) {
        this.origin = originMillis;
    }

    /** Adds a sample at {@code millis} (epoch millis). */
    public void add(long millis, double value) {
        long offset = Math.max(0, millis - origin);
        while (offset / width >= CAPACITY) {
            compact();
        }
        int i = (int) (offset / width);
        if (count[i] == 0) {
            min[i] = value;
            max[i] = value;
        } else {
            min[i] = Math.min(min[i], value);
            max[i] = Math.max(max[i], value);
        }
        sum[i] += value;
        count[i]++;
        size = Math.max(size, i + 1);
    }

    private void compact() {
        for (int i = 0; i < CAPACITY / 2; i++) {
            int a = 2 * i;
            int b = a + 1;
            int n = count[a] + count[b];
            double lo = count[a] == 0 ? min[b] : count[b] == 0 ? min[a] : Math.min(min[a], min[b]);
            double hi = count[a] == 0 ? max[b] : count[b] == 0 ? max[a] : Math.max(max[a], max[b]);
            sum[i] = sum[a] + sum[b];
            min[i] = lo;
            max[i] = hi;
            count[i] = n;
        }
        for (int i = CAPACITY / 2; i < CAPACITY; i++) {
            count[i] = 0;
            sum[i] = 0;
        }
        size = (size + 1) / 2;
        width *= 2;
    }

    /** Buckets in use, empty ones between them included. */
    public int size() {
        return size;
    }

    /** Whether bucket {@code bucket} holds a sample (no means a gap, e.g. a drop-out). */
    public boolean has(int bucket) {
        return count[bucket] > 0;
    }

    /** The middle of a bucket, epoch millis. */
    public long time(int bucket) {
        return origin + bucket * width + width / 2;
    }

    public double min(int bucket) {
        return min[bucket];
    }

    public double max(int bucket) {
        return max[bucket];
    }

    public double mean(int bucket) {
        return sum[bucket] / count[bucket];
    }

    /** The largest bucket mean: the level without single-sample spikes; 0 when empty. */
    public double peakMean() {
        double peak = 0;
        for (int i = 0; i < size; i++) {
            if (count[i] > 0) {
                peak = Math.max(peak, mean(i));
            }
        }
        return peak;
    }

    /** The smallest value seen; 0 when empty. */
    public double lowest() {
        double lowest = Double.MAX_VALUE;
        for (int i = 0; i < size; i++) {
            if (count[i] > 0) {
                lowest = Math.min(lowest, min[i]);
            }
        }
        return lowest == Double.MAX_VALUE ? 0 : lowest;
    }

    /** The largest value seen; 0 when empty. */
    public double peak() {
        double peak = 0;
        for (int i = 0; i < size; i++) {
            if (count[i] > 0) {
                peak = Math.max(peak, max[i]);
            }
        }
        return peak;
    }
}
