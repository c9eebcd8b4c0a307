package org.millwright.simulator;

import java.time.Duration;
import java.util.Objects;

/**
 * What {@link FleetGenerator} generates: a fleet of machines, a share of which develop a bearing-wear degradation
 * with its own onset and duration, all inside a horizon.
 *
 * @param assets            how many machines, 1 to 100,000
 * @param degradingShare    the share of machines that degrade, 0 to 1 (rounded to a whole number of machines)
 * @param horizon           the plant time every degradation must reach functional failure within
 * @param earliestOnset     no degradation starts before this plant time (so that baselines can be learned)
 * @param shortestDegradation the shortest time from onset to functional failure, positive
 * @param longestDegradation  the longest; at least the shortest, and {@code earliestOnset + longestDegradation}
 *                          must fit in the horizon
 * @param seed              seeds every draw: same spec, same fleet
 */
public record FleetSpec(int assets, double degradingShare, Duration horizon, Duration earliestOnset,
                        Duration shortestDegradation, Duration longestDegradation, long seed) {
    public FleetSpec {
        Objects.requireNonNull(horizon, "horizon");
        Objects.requireNonNull(earliestOnset, "earliestOnset");
        Objects.requireNonNull(shortestDegradation, "shortestDegradation");
        Objects.requireNonNull(longestDegradation, "longestDegradation");
        if (assets < 1 || assets > 100_000) {
            throw new IllegalArgumentException("a fleet has 1 to 100000 assets: " + assets);
        }
        if (!(degradingShare >= 0 && degradingShare <= 1)) {
            throw new IllegalArgumentException("degradingShare must be 0 to 1: " + degradingShare);
        }
        if (earliestOnset.isNegative() || shortestDegradation.isNegative() || shortestDegradation.isZero()) {
            throw new IllegalArgumentException("earliestOnset must not be negative and shortestDegradation must be "
                    + "positive: " + earliestOnset + ", " + shortestDegradation);
        }
        if (longestDegradation.compareTo(shortestDegradation) < 0) {
            throw new IllegalArgumentException("longestDegradation " + longestDegradation
                    + " is shorter than shortestDegradation " + shortestDegradation);
        }
        if (earliestOnset.plus(longestDegradation).compareTo(horizon) > 0) {
            throw new IllegalArgumentException("earliestOnset " + earliestOnset + " + longestDegradation "
                    + longestDegradation + " does not fit in the horizon " + horizon);
        }
    }

    /**
     * A fleet for {@code days} of plant time: a quarter of the machines degrade, none before day 15 (two weeks of
     * baseline learning and a day of margin), each over 3 to 30 days.
     */
    public static FleetSpec of(int assets, int days, long seed) {
        return new FleetSpec(assets, 0.25, Duration.ofDays(days), Duration.ofDays(15), Duration.ofDays(3),
                Duration.ofDays(30), seed);
    }

    public FleetSpec withDegradingShare(double share) {
        return new FleetSpec(assets, share, horizon, earliestOnset, shortestDegradation, longestDegradation, seed);
    }

    public FleetSpec withDegradations(Duration earliest, Duration shortest, Duration longest) {
        return new FleetSpec(assets, degradingShare, horizon, earliest, shortest, longest, seed);
    }

    /** How many machines degrade: {@code round(assets × degradingShare)}. */
    public int degrading() {
        return (int) Math.round(assets * degradingShare);
    }
}
