package org.millwright.simulator.internal.physics;

import org.millwright.simulator.Degradation;

/**
 * How far a bearing-wear degradation has progressed: 0 when healthy, 1 at functional failure. Between onset and
 * failure the severity grows exponentially (slowly at first, faster towards failure, like a P–F curve); after
 * failure it keeps rising by a quarter per degradation duration, up to 1.5.
 */
final class BearingWear {
    /** Curvature of the growth; chosen so the default degradation crosses zone C and D on the demo timeline. */
    private static final double GROWTH = 0.35;
    private static final double OVERSHOOT_RATE = 0.25;
    private static final double MAX_SEVERITY = 1.5;

    private BearingWear() {
    }

    static double severity(Degradation degradation, long plantMillis) {
        long onset = degradation.startAfter().toMillis();
        long duration = degradation.duration().toMillis();
        if (plantMillis <= onset) {
            return 0;
        }
        double progress = (double) (plantMillis - onset) / duration;
        if (progress <= 1) {
            return Math.expm1(GROWTH * progress) / Math.expm1(GROWTH);
        }
        return Math.min(MAX_SEVERITY, 1 + OVERSHOOT_RATE * (progress - 1));
    }
}
