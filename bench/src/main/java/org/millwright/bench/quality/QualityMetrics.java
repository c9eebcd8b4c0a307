package org.millwright.bench.quality;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Scores alerts against ground truth. An injected failure is detected when an alert (an episode opened or
 * escalated) falls between its onset and its functional failure; its lead time is from the first such alert to
 * the failure. An episode opened on healthy operation (a healthy asset, or before the onset) is false.
 */
final class QualityMetrics {
    private static final int NAMES = 20;

    /** One condition event: when, and whether it opened an episode (raise) or escalated one. */
    record Alert(long second, boolean opensEpisode) {
    }

    /**
     * The figures of one detector over one fleet. Lead times in hours; NaN when nothing was detected.
     * {@code missed} names the assets whose failure went undetected, {@code falseOn} those with false episodes;
     * {@code leadHoursByAsset} has the lead time of every injected failure (NaN when missed), in plant order.
     */
    record Figures(int injectedFailures, int detected, double leadTimeMedianH, double leadTimeP10H,
                   int falseEpisodes, double healthyAssetDays, List<String> missed, List<String> falseOn,
                   Map<String, Double> leadHoursByAsset) {
        Figures {
            missed = List.copyOf(missed);
            falseOn = List.copyOf(falseOn);
            leadHoursByAsset = Collections.unmodifiableMap(new LinkedHashMap<>(leadHoursByAsset));
        }

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
                    + indent + "\"false_per_1000_asset_days\": " + number(falsePer1000AssetDays()) + ",\n"
                    + indent + "\"missed\": " + names(missed) + ",\n"
                    + indent + "\"false_episode_assets\": " + falseOn.size() + ",\n"
                    + indent + "\"false_episodes_on\": " + names(falseOn);
        }

        /** At most 20 names, then "…": a threshold that spikes on every asset would list them all. */
        private static String names(List<String> names) {
            StringBuilder json = new StringBuilder("[");
            for (int i = 0; i < Math.min(names.size(), NAMES); i++) {
                json.append(i > 0 ? ", " : "").append('"').append(names.get(i)).append('"');
            }
            return json.append(names.size() > NAMES ? ", \"…\"]" : "]").toString();
        }
    }

    private final List<Double> leadHours = new ArrayList<>();
    private final Map<String, Double> leadByAsset = new LinkedHashMap<>();
    private final List<String> missed = new ArrayList<>();
    private final List<String> falseOn = new ArrayList<>();
    private int injected;
    private int falseEpisodes;
    private long healthySeconds;

    /**
     * Scores one asset.
     *
     * @param asset          names the asset in {@link Figures#missed()} and {@link Figures#falseOn()}
     * @param onset          seconds from the start to the onset of its injected failure; empty when healthy
     * @param failure        seconds to its functional failure; empty when healthy
     * @param healthySeconds seconds of healthy operation it contributes (until the onset, or all of the run)
     * @param alerts         its alerts, in time order
     */
    void add(String asset, OptionalLong onset, OptionalLong failure, long healthySeconds, List<Alert> alerts) {
        this.healthySeconds += healthySeconds;
        long start = onset.orElse(Long.MAX_VALUE);
        long end = failure.orElse(Long.MAX_VALUE);
        boolean detected = false;
        int falseBefore = falseEpisodes;
        for (Alert alert : alerts) {
            if (alert.second() < start) {
                if (alert.opensEpisode()) {
                    falseEpisodes++;
                }
            } else if (!detected && alert.second() < end) {
                detected = true;
                leadHours.add((end - alert.second()) / 3600.0);
                leadByAsset.put(asset, (end - alert.second()) / 3600.0);
            }
        }
        if (falseEpisodes > falseBefore) {
            falseOn.add(asset);
        }
        if (onset.isPresent()) {
            injected++;
            if (!detected) {
                missed.add(asset);
                leadByAsset.put(asset, Double.NaN);
            }
        }
    }

    Figures figures() {
        List<Double> sorted = new ArrayList<>(leadHours);
        Collections.sort(sorted);
        return new Figures(injected, sorted.size(), median(sorted), nearestRank(sorted, 10), falseEpisodes,
                healthySeconds / 86400.0, missed, falseOn, leadByAsset);
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
