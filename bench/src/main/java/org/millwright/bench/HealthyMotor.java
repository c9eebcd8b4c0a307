package org.millwright.bench;

import java.time.Instant;
import java.util.SplittableRandom;
import org.millwright.model.Asset;
import org.millwright.model.AssetClass;
import org.millwright.model.AssetId;
import org.millwright.model.Isa95Location;
import org.millwright.model.MachineGroup;
import org.millwright.model.Quality;
import org.millwright.model.Signal;
import org.millwright.model.SignalType;
import org.millwright.model.SupportType;

/**
 * A seeded stream of realistic samples of one healthy motor (ISO 20816-3 group 2, flexible support: B/C 4.5 mm/s),
 * one sample every {@value #STEP_MILLIS} ms: three broadband vibration samples for each bearing temperature. The
 * vibration runs at about 2 mm/s, follows a slowly changing load, has 8 % noise, a single-sample sensor spike once
 * in 500 samples (2 to 4 times the level) and a bad-quality sample once in 1,000; the temperature wanders around
 * 60 °C. The values repeat with the period {@link #period()}; the time stamps never do, so a stream can be fed for
 * as long as a benchmark runs.
 */
public final class HealthyMotor {
    /** Time between consecutive samples of the stream (any signal). */
    public static final long STEP_MILLIS = 250;
    /** The stream's first time stamp. */
    public static final Instant T0 = Instant.parse("2026-11-25T00:00:00Z");

    private final Asset asset;
    private final SignalType[] types;
    private final double[] values;
    private final Quality[] qualities;

    /** A motor whose values repeat every {@code period} samples (at least 1,000). */
    public HealthyMotor(int period, long seed) {
        if (period < 1000) {
            throw new IllegalArgumentException("period must be at least 1000 samples: " + period);
        }
        this.asset = new Asset(AssetId.of("bench-motor-0001"), "bench motor", AssetClass.MOTOR,
                new Isa95Location("bench", "site", "area", "line"), MachineGroup.GROUP_2, SupportType.FLEXIBLE);
        SplittableRandom random = new SplittableRandom(seed);
        types = new SignalType[period];
        values = new double[period];
        qualities = new Quality[period];
        for (int i = 0; i < period; i++) {
            // the load changes slowly (one cycle per period) and vibration follows it
            double load = 0.85 + 0.15 * Math.sin(2 * Math.PI * i / period);
            if (i % 4 == 3) {
                types[i] = SignalType.BEARING_TEMPERATURE;
                values[i] = 55 + 8 * load + 0.3 * random.nextGaussian();
            } else {
                types[i] = SignalType.VIBRATION_VELOCITY;
                double level = 2.0 * load * (1 + 0.08 * random.nextGaussian());
                if (random.nextInt(500) == 0) {
                    level *= 2 + 2 * random.nextDouble();
                }
                values[i] = Math.max(0, level);
            }
            qualities[i] = random.nextInt(1000) == 0 ? Quality.BAD : Quality.GOOD;
        }
    }

    /** The motor the samples belong to. */
    public Asset asset() {
        return asset;
    }

    /** How many samples until the values repeat. */
    public int period() {
        return values.length;
    }

    /** Sample number {@code index} of the stream (from 0): its value repeats, its time stamp is its own. */
    public Signal sample(long index) {
        int at = (int) (index % values.length);
        return new Signal(asset.id(), types[at], values[at], T0.plusMillis(index * STEP_MILLIS), qualities[at]);
    }

    /** Fills {@code into} with the samples from number {@code first} on; this is where the fixture allocates. */
    public void fill(Signal[] into, long first) {
        for (int i = 0; i < into.length; i++) {
            into[i] = sample(first + i);
        }
    }
}
