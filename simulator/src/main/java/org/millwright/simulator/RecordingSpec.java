package org.millwright.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What {@link PlantRecorder} records: plant time 0 is {@code start}, every signal of every asset is sampled each
 * {@code interval} until {@code start + duration} (exclusive).
 *
 * @param start     the instant of plant time 0; samples are stamped {@code start + plant time}
 * @param duration  how much plant time to record, positive
 * @param interval  time between samples of one signal, positive and at most {@code duration}
 * @param seed      seeds the physics, as {@link SimulatorConfig#seed()}
 * @param realistic whether healthy operation is non-stationary, see {@link PlantPhysics#PlantPhysics(PlantDefinition, long, boolean)}
 * @param format    how the lines are written
 */
public record RecordingSpec(Instant start, Duration duration, Duration interval, long seed, boolean realistic,
                            Format format) {
    /** Line formats; both are what the detect module's backtest reads. */
    public enum Format {
        /** {@code {"topic":"…/<asset>/<signal>","payload":{<the MQTT payload>}}} per line. */
        JSON_LINES,
        /** A {@code ts,topic,value,quality} header, then one sample per line. */
        CSV
    }

    public RecordingSpec {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(format, "format");
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("recording duration must be positive: " + duration);
        }
        if (interval.isNegative() || interval.isZero() || interval.compareTo(duration) > 0) {
            throw new IllegalArgumentException("sample interval must be positive and at most the duration "
                    + duration + ": " + interval);
        }
        if (interval.toMillis() < 1) {
            throw new IllegalArgumentException("sample interval must be at least 1 ms: " + interval);
        }
    }

    /** Steady (not realistic) JSON lines with seed 42. */
    public static RecordingSpec of(Instant start, Duration duration, Duration interval) {
        return new RecordingSpec(start, duration, interval, 42, false, Format.JSON_LINES);
    }

    public RecordingSpec withSeed(long newSeed) {
        return new RecordingSpec(start, duration, interval, newSeed, realistic, format);
    }

    public RecordingSpec withRealism(boolean newRealistic) {
        return new RecordingSpec(start, duration, interval, seed, newRealistic, format);
    }

    public RecordingSpec withFormat(Format newFormat) {
        return new RecordingSpec(start, duration, interval, seed, realistic, newFormat);
    }

    /** The instant after the last sample: {@code start + duration}. */
    public Instant end() {
        return start.plus(duration);
    }
}
