package org.millwright.simulator.internal.physics;

/**
 * Counter-based noise: every value is a hash of (seed, key, channel, time), so a sample depends only on its
 * inputs and never on the order or number of earlier calls. SplitMix64 mixing; Box–Muller for the normal
 * distribution, written out so that values do not change with the JDK.
 */
final class SeededNoise {
    private static final double TWO_PI = 2 * Math.PI;

    private SeededNoise() {
    }

    /** A standard-normal value clamped to ±3 (sensor noise has no unbounded tails worth simulating). */
    static double gaussian(long seed, long key, int channel, long time) {
        long bits = mix(seed ^ mix(key ^ mix(channel ^ mix(time))));
        double u1 = unit(bits);
        double u2 = unit(mix(bits));
        double normal = Math.sqrt(-2 * Math.log(u1)) * Math.cos(TWO_PI * u2);
        return Math.max(-3, Math.min(3, normal));
    }

    /** A uniform value in [0, 1) for an event keyed by time (a block index or a sample time). */
    static double uniformAt(long seed, long key, int channel, long time) {
        return unit(mix(seed ^ mix(key ^ mix(channel ^ mix(time))))) - 0x1.0p-53;
    }

    /** A uniform value in [0, 1) for per-asset parameters. */
    static double uniform(long seed, long key, int channel) {
        return unit(mix(seed ^ mix(key ^ mix(channel)))) - 0x1.0p-53;
    }

    /** A stable 64-bit key for a text such as an asset id. */
    static long key(String text) {
        long h = 1125899906842597L;
        for (int i = 0; i < text.length(); i++) {
            h = 31 * h + text.charAt(i);
        }
        return mix(h);
    }

    /** (0, 1], never zero so that the logarithm stays finite. */
    private static double unit(long bits) {
        return ((bits >>> 11) + 1) * 0x1.0p-53;
    }

    static long mix(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
