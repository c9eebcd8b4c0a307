package org.millwright.detect.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.millwright.detect.Iso20816Zones;
import org.millwright.detect.ZoneBoundaries;
import org.millwright.model.Asset;
import org.millwright.model.AssetClass;
import org.millwright.model.AssetId;
import org.millwright.model.Isa95Location;
import org.millwright.model.MachineGroup;
import org.millwright.model.SupportType;

/**
 * A seeded generator of broadband vibration traces for a fleet, independent of the simulator. Healthy assets are
 * non-stationary: the load changes every few hours (vibration follows it), machines stop and start (a stopped
 * machine reads near zero, a start gives a one-sample transient), sensors spike, drop out for hours, flag bad
 * samples and deliver a few pairs out of order. A share of assets gets a bearing degradation injected: from its
 * onset the level rises as a power of time ({@code x^p}, p in 1.5–3) up to 1.0–1.2 × the C/D boundary at the
 * functional failure, where the trace ends (the machine is taken out). Same seed, same fleet.
 */
final class FleetGenerator {
    static final long STEP_SECONDS = 600;
    private static final long HOUR = 3600;
    private static final long DAY = 24 * HOUR;

    private final long seed;
    private final double degradingShare;

    FleetGenerator(long seed, double degradingShare) {
        this.seed = seed;
        this.degradingShare = degradingShare;
    }

    List<SyntheticAsset> fleet(int assets, int days) {
        List<SyntheticAsset> fleet = new ArrayList<>(assets);
        for (int i = 0; i < assets; i++) {
            fleet.add(asset(i, days));
        }
        return fleet;
    }

    SyntheticAsset asset(int index, int days) {
        // SplittableRandom mixes its seed, so neighbouring seeds give unrelated streams (java.util.Random would not)
        RandomGenerator random = new SplittableRandom(new SplittableRandom(seed).nextLong() + index);
        MachineGroup group = MachineGroup.values()[random.nextInt(MachineGroup.values().length)];
        SupportType support = SupportType.values()[random.nextInt(SupportType.values().length)];
        Asset asset = new Asset(AssetId.of(String.format("bench-motor-%04d", index)), "bench motor " + index,
                AssetClass.MOTOR, new Isa95Location("bench", "site", "area", "line"), group, support);
        ZoneBoundaries zones = Iso20816Zones.defaults().boundaries(group, support);
        double base = zones.bc() * (0.25 + 0.3 * random.nextDouble());
        long end = days * DAY;
        OptionalLong onset = OptionalLong.empty();
        OptionalLong failure = OptionalLong.empty();
        double exponent = 0;
        double severe = 0;
        if (random.nextDouble() < degradingShare) {
            long duration = (long) ((4 + 16 * random.nextDouble()) * DAY);
            long start = (long) ((10 + random.nextDouble() * (days - 11 - duration / (double) DAY)) * DAY);
            onset = OptionalLong.of(start);
            failure = OptionalLong.of(start + duration);
            end = start + duration;
            exponent = 1.5 + 1.5 * random.nextDouble();
            severe = zones.cd() * (1.0 + 0.2 * random.nextDouble());
        }
        int capacity = (int) (end / STEP_SECONDS) + 1;
        long[] seconds = new long[capacity];
        double[] values = new double[capacity];
        boolean[] bad = new boolean[capacity];
        int n = 0;
        double load = 0.6 + 0.55 * random.nextDouble();
        long nextLoadChange = hours(random, 2, 48);
        long stoppedUntil = -1;
        boolean justStarted = false;
        long droppedUntil = -1;
        for (long t = 0; t < end; t += STEP_SECONDS) {
            if (t >= nextLoadChange) {
                load = 0.6 + 0.55 * random.nextDouble();
                nextLoadChange = t + hours(random, 2, 48);
            }
            if (stoppedUntil < t && random.nextDouble() < STEP_SECONDS / (3.0 * DAY)) {
                stoppedUntil = t + hours(random, 1, 12);
            }
            if (droppedUntil < t && random.nextDouble() < STEP_SECONDS / (7.0 * DAY)) {
                droppedUntil = t + hours(random, 1, 24);
            }
            boolean stopped = t <= stoppedUntil;
            double value;
            if (stopped) {
                value = Math.abs(random.nextGaussian() * 0.02);
                justStarted = true;
            } else {
                value = base * Math.pow(load, 0.8) * (1 + 0.08 * random.nextGaussian());
                if (onset.isPresent() && t >= onset.getAsLong()) {
                    double x = (t - onset.getAsLong()) / (double) (failure.getAsLong() - onset.getAsLong());
                    value += (severe - base) * Math.pow(x, exponent);
                }
                if (justStarted) {
                    value *= 1.5 + random.nextDouble(); // start-up transient
                    justStarted = false;
                }
                if (random.nextDouble() < 0.002) {
                    value *= 2 + 3 * random.nextDouble(); // sensor spike
                }
            }
            boolean flagged = random.nextDouble() < 0.001;
            if (flagged) {
                value = random.nextDouble() * 3 * zones.cd();
            }
            if (t <= droppedUntil) {
                continue; // drop-out: no sample at all
            }
            seconds[n] = t;
            values[n] = Math.max(0, value);
            bad[n] = flagged;
            n++;
            if (n >= 2 && random.nextDouble() < 0.0005) {
                swap(seconds, values, bad, n - 1, n - 2); // delivered out of order
            }
        }
        return new SyntheticAsset(asset, java.util.Arrays.copyOf(seconds, n), java.util.Arrays.copyOf(values, n),
                java.util.Arrays.copyOf(bad, n), onset, failure, end);
    }

    private static long hours(RandomGenerator random, double min, double max) {
        return (long) ((min + (max - min) * random.nextDouble()) * HOUR);
    }

    private static void swap(long[] seconds, double[] values, boolean[] bad, int i, int j) {
        long s = seconds[i];
        seconds[i] = seconds[j];
        seconds[j] = s;
        double v = values[i];
        values[i] = values[j];
        values[j] = v;
        boolean b = bad[i];
        bad[i] = bad[j];
        bad[j] = b;
    }
}
