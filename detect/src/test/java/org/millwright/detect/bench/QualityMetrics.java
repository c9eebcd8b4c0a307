package org.millwright.detect.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Scores alerts against ground truth. An injected failure is detected when an alert (an episode opened or
 * escalated) falls between its onset and its functional failure; its lead time is from the first such alert to
 * the failure. An episode opened on healthy operation (a healthy asset, or before the onset) is false.
 */
final class QualityMetrics {
    /** One condition event: when, and whether it opened an episode (raise) or escalated one. */
    record Alert(long second, boolean opensEpisode) {
    }

    /** The figures of one detector over one fleet. Lead times in hours; NaN when nothing was detected. */
    record Figures(int injectedFailures, int detected, double leadTimeMedianH, double leadTimeP10H,
                   int falseEpisodes, double healthyAssetDays) {
        double falsePer1000AssetDays() {
            return healthyAssetDays == 0 ? Double.NaN : falseEpisodes * 1000 / healthyAssetDays;
        }

        double detectionRate() {
            return injectedFailures == 0 ? Double.NaN : detected / (double) injectedFailures;
        }

        String json(String indent) {
            return indent + "\"injected_failures\": " + injectedFailures + ",\n"
                    + indent + "\"detected\": " + detected + ",\n"
                    + indent + "\"detection_rate\": " + number(detectionRate()) + ",\n"
                    + indent + "\"lead_time_median_h\": " + number(leadTimeMedianH) + ",\n"
                    + indent + "\"lead_time_p10_h\": " + number(leadTimeP10H) + ",\n"
                    + indent + "\"false_episodes\": " + falseEpisodes + ",\n"
                    + indent + "\"healthy_asset_days\": " + number(healthyAssetDays) + ",\n"
                    + indent + "\"false_per_1000_asset_days\": " + number(falsePer1000AssetDays());
        }
    }

    private final List<Double> leadHours = new ArrayList<>();
    private int injected;
    private int falseEpisodes;
    private long healthySeconds;

    /** Scores one asset. {@code alerts} in time order. */
    void add(OptionalLong onset, OptionalLong failure, long healthySeconds, List<Alert> alerts) {
        this.healthySeconds += healthySeconds;
        long start = onset.orElse(Long.MAX_VALUE);
        long end = failure.orElse(Long.MAX_VALUE);
        boolean detected = false;
        for (Alert alert : alerts) {
            if (alert.second() < start) {
                if (alert.opensEpisode()) {
                    falseEpisodes++;
                }
            } else if (!detected && alert.second() < end) {
                detected = true;
                leadHours.add((end - alert.second()) / 3600.0);
            }
        }
        if (onset.isPresent()) {
            injected++;
        }
    }

    Figures figures() {
        List<Double> sorted = new ArrayList<>(leadHours);
        Collections.sort(sorted);
        return new Figures(injected, sorted.size(), median(sorted), nearestRank(sorted, 10), falseEpisodes,
                healthySeconds / 86400.0);
    }

    static double median(List<Double> sorted) {
        int n = sorted.size();
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The nearest-rank percentile: the smallest value with at least {@code percent} % of the values at or below it. */
    static double nearestRank(List<Double> sorted, int percent) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }

    static String number(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "null" : String.format(Locale.ROOT, "%.2f", value);
    }
}
