package org.millwright.simulator.internal.physics;

/**
 * Non-stationary operation of one machine, as pure functions of (seed, asset key, plant time): production load
 * that changes with the shift (each eight-hour shift runs its own mix of products) and steps between levels within
 * it, stops and restarts (with the inrush current, start-up vibration and the cooling and re-heating of the bearing
 * they cause), single-sample sensor spikes and drop-outs when the asset reports nothing.
 *
 * <p>Time is cut into fixed blocks; whether a block holds a stop or a drop-out, and where, is drawn from the seed
 * for that block alone, so any instant can be evaluated without replaying the past.
 */
final class Realism {
    static final long STOP_BLOCK_MILLIS = 2 * 3600_000L;
    static final long DROPOUT_BLOCK_MILLIS = 6 * 3600_000L;
    static final long LOAD_SEGMENT_MILLIS = 20 * 60_000L;
    static final long SHIFT_MILLIS = 8 * 3600_000L;
    private static final double STOP_PROBABILITY = 0.15;
    private static final double DROPOUT_PROBABILITY = 0.1;
    /** Spikes: at most one per slot, in a one-second window, so two samples at least 1 s apart never both spike. */
    static final long SPIKE_SLOT_MILLIS = 300_000L;
    private static final double SPIKE_SLOT_PROBABILITY = 0.3;
    private static final double THERMAL_TAU_MILLIS = 20 * 60_000.0;
    private static final double AMBIENT = 25;
    private static final int STOP = 101;
    private static final int STOP_LENGTH = 102;
    private static final int DROPOUT = 103;
    private static final int DROPOUT_START = 104;
    private static final int DROPOUT_LENGTH = 105;
    private static final int LOAD = 106;
    private static final int SPIKE = 107;
    private static final int SPIKE_SIZE = 108;
    private static final int SHIFT = 109;

    private final long seed;
    private final long key;

    Realism(long seed, long key) {
        this.seed = seed;
        this.key = key;
    }

    /** The stop in the block of {@code t}: [stopAt, restartAt) in plant millis, or null when it runs through. */
    long[] stop(long t) {
        long block = Math.floorDiv(t, STOP_BLOCK_MILLIS);
        // The first block always runs, so that baselines can be learned from a clean start.
        if (block == 0 || SeededNoise.uniformAt(seed, key, STOP, block) >= STOP_PROBABILITY) {
            return null;
        }
        long blockStart = block * STOP_BLOCK_MILLIS;
        long stopAt = blockStart + 10 * 60_000L + (long) (50 * 60_000L * SeededNoise.uniformAt(seed, key, STOP_LENGTH, block));
        long length = 5 * 60_000L + (long) (35 * 60_000L * SeededNoise.uniformAt(seed, key, STOP_LENGTH + 50, block));
        return new long[] {stopAt, stopAt + length};
    }

    boolean running(long t) {
        long[] stop = stop(t);
        return stop == null || t < stop[0] || t >= stop[1];
    }

    /** Millis since the last restart within this block, or -1 when the machine did not restart in it. */
    long sinceRestart(long t) {
        long[] stop = stop(t);
        return stop != null && t >= stop[1] ? t - stop[1] : -1;
    }

    /** Whether the asset reports at {@code t}, i.e. is not in a drop-out (edge gateway or network away). */
    boolean reporting(long t) {
        long block = Math.floorDiv(t, DROPOUT_BLOCK_MILLIS);
        if (block == 0 || SeededNoise.uniformAt(seed, key, DROPOUT, block) >= DROPOUT_PROBABILITY) {
            return true;
        }
        long start = block * DROPOUT_BLOCK_MILLIS
                + (long) (5 * 3600_000L * SeededNoise.uniformAt(seed, key, DROPOUT_START, block));
        // mostly minutes (a missed radio packet, a gateway restart), now and then hours (a gateway down); cut at the
        // end of the block
        double u = SeededNoise.uniformAt(seed, key, DROPOUT_LENGTH, block);
        long length = 2 * 60_000L + (long) (3 * 3600_000L * u * u * u);
        return t < start || t >= start + length;
    }

    /**
     * The load offset of the shift (eight-hour block) of {@code t}, in -0.25 to +0.15 of rated load: shifts run
     * different products, some lighter than the nominal load, a few heavier.
     */
    double shiftLoad(long t) {
        return -0.25 + 0.4 * SeededNoise.uniformAt(seed, key, SHIFT, Math.floorDiv(t, SHIFT_MILLIS));
    }

    /** A load offset that steps every 20 minutes (product changes), in ±0.1 of rated load. */
    double loadStep(long t) {
        return 0.2 * (SeededNoise.uniformAt(seed, key, LOAD, Math.floorDiv(t, LOAD_SEGMENT_MILLIS)) - 0.5);
    }

    /**
     * A factor over 1 for a single-sample sensor spike on this channel at {@code t}, otherwise 1. About three slots
     * in ten hold a spike, lasting one second at a whole-second offset in the first 290 s of the slot: at a 1 s
     * sample interval one sample in 1,000 spikes, at coarser intervals proportionally fewer, never two in a row.
     */
    double spike(int channel, long t) {
        long slot = Math.floorDiv(t, SPIKE_SLOT_MILLIS);
        if (SeededNoise.uniformAt(seed, key, SPIKE + 10 * channel, slot) >= SPIKE_SLOT_PROBABILITY) {
            return 1;
        }
        long at = slot * SPIKE_SLOT_MILLIS + 1000L * (long) (290 * SeededNoise.uniformAt(seed, key, SPIKE + 10 * channel + 5, slot));
        if (t < at || t >= at + 1000) {
            return 1;
        }
        return 3 + 3 * SeededNoise.uniformAt(seed, key, SPIKE_SIZE + 10 * channel, slot);
    }

    /** Start-up vibration: 2.5 × the running level at restart, settling with a 4 s time constant. */
    double startVibrationFactor(long t) {
        long since = sinceRestart(t);
        return since < 0 ? 1 : 1 + 1.5 * Math.exp(-since / 4000.0);
    }

    /** Inrush current in multiples of full-load current on top of the load, decaying with a 1.5 s time constant. */
    double inrush(long t) {
        long since = sinceRestart(t);
        return since < 0 ? 0 : 5 * Math.exp(-since / 1500.0);
    }

    /**
     * Bearing temperature given the running temperature: it cools towards ambient while stopped and heats back
     * with the same time constant after the restart.
     */
    double temperature(double runningTemperature, long t) {
        long[] stop = stop(t);
        if (stop == null || t < stop[0]) {
            return runningTemperature;
        }
        double span = runningTemperature - AMBIENT;
        if (t < stop[1]) {
            return runningTemperature - span * (1 - Math.exp(-(t - stop[0]) / THERMAL_TAU_MILLIS));
        }
        double deficit = span * (1 - Math.exp(-(stop[1] - stop[0]) / THERMAL_TAU_MILLIS));
        return runningTemperature - deficit * Math.exp(-(t - stop[1]) / THERMAL_TAU_MILLIS);
    }
}
