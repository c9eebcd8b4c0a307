package org.millwright.bench.quality;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.millwright.detect.RuleSet;
import org.millwright.detect.RuleSetLoader;
import org.millwright.simulator.FleetGenerator;
import org.millwright.simulator.FleetSpec;
import org.millwright.simulator.PlantDefinition;
import org.millwright.simulator.RecordingSpec;

/**
 * The simulated fleet the detection-quality benchmark runs on, from {@code key=value} arguments (defaults in
 * brackets): {@code assets} [200], {@code days} [90], {@code interval} between samples [PT5M], {@code seed} [1],
 * {@code share} of machines that degrade [0.25], {@code onset} earliest onset [P10D], {@code shortest} and
 * {@code longest} degradation [P3D, P30D], {@code confirm} samples of the baseline threshold [2], {@code also}
 * other confirmation counts scored beside it, comma-separated, may be empty [1,3,12], {@code rules}
 * the condition-monitoring rule set, {@code periodic} for detect's shipped one or a YAML file [periodic],
 * {@code out} [bench/results/detection-quality.json]. The plant is {@link FleetGenerator}'s, recorded in the simulator's
 * realistic mode.
 */
record QualityScenario(FleetSpec fleet, Duration interval, int confirmSamples, List<Integer> alsoConfirm, String rules,
                       String out) {
    static final Instant START = Instant.parse("2026-01-05T00:00:00Z");
    private static final Set<String> KEYS = Set.of("assets", "days", "interval", "seed", "share", "onset", "shortest",
            "longest", "confirm", "also", "rules", "out");

    QualityScenario {
        if (interval.isNegative() || interval.isZero() || interval.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("interval must be positive and at most PT1H: " + interval);
        }
        alsoConfirm = List.copyOf(alsoConfirm);
        for (int n : concat(confirmSamples, alsoConfirm)) {
            if (n < 1 || n > 100) {
                throw new IllegalArgumentException("confirm and also must be 1 to 100 samples: " + n);
            }
        }
    }

    /** @throws IllegalArgumentException naming the argument that is unknown or malformed */
    static QualityScenario parse(String... args) {
        Map<String, String> values = new TreeMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            String key = eq < 0 ? arg : arg.substring(0, eq);
            if (eq < 0 || !KEYS.contains(key)) {
                throw new IllegalArgumentException("argument '" + arg + "': expected key=value with key one of "
                        + new TreeSet<>(KEYS));
            }
            values.put(key, arg.substring(eq + 1));
        }
        try {
            int days = Integer.parseInt(values.getOrDefault("days", "90"));
            FleetSpec fleet = new FleetSpec(Integer.parseInt(values.getOrDefault("assets", "200")),
                    Double.parseDouble(values.getOrDefault("share", "0.25")), Duration.ofDays(days),
                    Duration.parse(values.getOrDefault("onset", "P10D")),
                    Duration.parse(values.getOrDefault("shortest", "P3D")),
                    Duration.parse(values.getOrDefault("longest", "P30D")),
                    Long.parseLong(values.getOrDefault("seed", "1")));
            return new QualityScenario(fleet, Duration.parse(values.getOrDefault("interval", "PT5M")),
                    Integer.parseInt(values.getOrDefault("confirm", "2")),
                    Arrays.stream(values.getOrDefault("also", "1,3,12").split(",")).map(String::strip)
                            .filter(n -> !n.isEmpty()).map(Integer::valueOf).toList(),
                    values.getOrDefault("rules", "periodic"),
                    values.getOrDefault("out", "bench/results/detection-quality.json"));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("bad argument in " + values + ": " + e.getMessage(), e);
        }
    }

    private static List<Integer> concat(int first, List<Integer> rest) {
        List<Integer> all = new java.util.ArrayList<>(rest);
        all.add(0, first);
        return all;
    }

    /** The condition-monitoring rule set: detect's shipped periodic one, or the YAML file {@link #rules}. */
    RuleSet monitoringRules() {
        return "periodic".equals(rules) ? RuleSetLoader.loadPeriodic() : RuleSetLoader.load(Path.of(rules));
    }

    PlantDefinition plant() {
        return FleetGenerator.generate(fleet);
    }

    RecordingSpec recording() {
        return new RecordingSpec(START, fleet.horizon(), interval, fleet.seed(), true, RecordingSpec.Format.CSV);
    }

    long days() {
        return fleet.horizon().toDays();
    }

    String describe() {
        return String.format(Locale.ROOT, "%d assets (%d degrading), %d days, a sample every %s, seed %d",
                fleet.assets(), fleet.degrading(), days(), interval, fleet.seed());
    }
}
