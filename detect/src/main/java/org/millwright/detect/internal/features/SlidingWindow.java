package org.millwright.detect.internal.features;

/**
 * The samples of one signal of one asset over a time window, in a ring buffer of primitives, with running sums so
 * that every feature is O(1) except {@link #peak()} (a scan). Allocation-free after construction. Samples must
 * come in rising time order (the engine drops the others before they get here); the window keeps the samples not
 * older than {@code windowNanos} before the newest, at most {@code capacity} of them.
 *
 * <p>Times are kept relative to an origin that moves to the oldest sample whenever the sums are recomputed (every
 * {@code capacity} evictions), which keeps the sums small and bounds floating-point drift. Not thread-safe.
 */
public final class SlidingWindow {
    /** Two-sided 95 % normal quantile. */
    private static final double Z95 = 1.959964;

    private final long windowNanos;
    private final long[] times;
    private final double[] values;
    private int head;
    private int size;
    private int evictions;
    private long originNanos;

    private double sumV;
    private double sumV2;
    private double sumV3;
    private double sumV4;
    private double sumT;
    private double sumT2;
    private double sumTV;

    /**
     * @param windowNanos how far back from the newest sample the window reaches
     * @param capacity    the most samples kept
     */
    public SlidingWindow(long windowNanos, int capacity) {
        if (windowNanos <= 0 || capacity < 2) {
            throw new IllegalArgumentException("window and capacity must be positive: " + windowNanos + ", " + capacity);
        }
        this.windowNanos = windowNanos;
        this.times = new long[capacity];
        this.values = new double[capacity];
    }

    /** Adds a sample at {@code atNanos} (epoch nanoseconds, later than the previous one) and evicts what fell out. */
    public void add(long atNanos, double value) {
        if (size == 0) {
            originNanos = atNanos;
        }
        if (size == times.length) {
            evictOldest();
        }
        int tail = (head + size) % times.length;
        times[tail] = atNanos;
        values[tail] = value;
        size++;
        accumulate(atNanos, value, 1);
        while (size > 1 && atNanos - times[head] > windowNanos) {
            evictOldest();
        }
        if (evictions >= times.length) {
            recompute();
        }
    }

    /** Forgets every sample. */
    public void clear() {
        head = 0;
        size = 0;
        evictions = 0;
        sumV = sumV2 = sumV3 = sumV4 = sumT = sumT2 = sumTV = 0;
    }

    private void evictOldest() {
        accumulate(times[head], values[head], -1);
        head = (head + 1) % times.length;
        size--;
        evictions++;
    }

    private void accumulate(long atNanos, double v, int sign) {
        double t = (atNanos - originNanos) / 1e9;
        double v2 = v * v;
        sumV += sign * v;
        sumV2 += sign * v2;
        sumV3 += sign * v2 * v;
        sumV4 += sign * v2 * v2;
        sumT += sign * t;
        sumT2 += sign * t * t;
        sumTV += sign * t * v;
    }

    private void recompute() {
        int n = size;
        sumV = sumV2 = sumV3 = sumV4 = sumT = sumT2 = sumTV = 0;
        evictions = 0;
        if (n == 0) {
            return;
        }
        originNanos = times[head];
        for (int i = 0; i < n; i++) {
            int index = (head + i) % times.length;
            accumulate(times[index], values[index], 1);
        }
    }

    /** How many samples the window holds. */
    public int size() {
        return size;
    }

    /** Seconds between the oldest and the newest sample; 0 with fewer than two. */
    public double spanSeconds() {
        return size < 2 ? 0 : (newestNanos() - times[head]) / 1e9;
    }

    public long newestNanos() {
        return times[(head + size - 1) % times.length];
    }

    public double newest() {
        return values[(head + size - 1) % times.length];
    }

    public double mean() {
        return size == 0 ? Double.NaN : sumV / size;
    }

    /** Root mean square of the values. */
    public double rms() {
        return size == 0 ? Double.NaN : Math.sqrt(Math.max(0, sumV2 / size));
    }

    /** The largest absolute value. */
    public double peak() {
        double peak = 0;
        for (int i = 0; i < size; i++) {
            peak = Math.max(peak, Math.abs(values[(head + i) % times.length]));
        }
        return size == 0 ? Double.NaN : peak;
    }

    /** Peak over RMS; NaN when the RMS is zero. */
    public double crestFactor() {
        double rms = rms();
        return rms > 0 ? peak() / rms : Double.NaN;
    }

    /** Population variance of the values. */
    public double variance() {
        if (size == 0) {
            return Double.NaN;
        }
        double mean = mean();
        return Math.max(0, sumV2 / size - mean * mean);
    }

    /** Kurtosis m4 / m2² (3 for a normal distribution); NaN with no spread. */
    public double kurtosis() {
        double m2 = variance();
        if (!(m2 > 1e-12)) {
            return Double.NaN;
        }
        double mean = mean();
        double m4 = (sumV4 - 4 * mean * sumV3 + 6 * mean * mean * sumV2) / size - 3 * mean * mean * mean * mean;
        return Math.max(0, m4) / (m2 * m2);
    }

    /** (newest − oldest) / span, per second; NaN with fewer than two samples. */
    public double rateOfChange() {
        return size < 2 ? Double.NaN : (newest() - values[head]) / spanSeconds();
    }

    /** Least-squares slope of value over time, per second; NaN with fewer than three samples or no time spread. */
    public double slope() {
        double sxx = sxx();
        return size < 3 || !(sxx > 0) ? Double.NaN : sxy() / sxx;
    }

    /** Half-width of the 95 % confidence interval of {@link #slope()}, per second (Student t, n − 2 df). */
    public double slopeHalfWidth() {
        double slope = slope();
        if (Double.isNaN(slope)) {
            return Double.NaN;
        }
        double syy = sumV2 - sumV * sumV / size;
        double sse = Math.max(0, syy - slope * sxy());
        double se = Math.sqrt(sse / (size - 2) / sxx());
        return studentT95(size - 2) * se;
    }

    /** The fitted value of the trend line at the newest sample. */
    public double fittedNewest() {
        double slope = slope();
        if (Double.isNaN(slope)) {
            return mean();
        }
        double meanT = sumT / size;
        double newestT = (newestNanos() - originNanos) / 1e9;
        return mean() + slope * (newestT - meanT);
    }

    private double sxx() {
        return size == 0 ? 0 : sumT2 - sumT * sumT / size;
    }

    private double sxy() {
        return sumTV - sumT * sumV / size;
    }

    /** Two-sided 95 % Student t quantile, Cornish–Fisher expansion (within 0.5 % from 5 degrees of freedom). */
    static double studentT95(int df) {
        double z = Z95;
        double z3 = z * z * z;
        double z5 = z3 * z * z;
        return z + (z3 + z) / (4.0 * df) + (5 * z5 + 16 * z3 + 3 * z) / (96.0 * df * df);
    }
}
