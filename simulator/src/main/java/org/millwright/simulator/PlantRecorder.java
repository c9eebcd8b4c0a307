package org.millwright.simulator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.millwright.model.Quality;
import org.millwright.model.SignalType;
import org.millwright.simulator.internal.mqtt.SampleCodec;

/**
 * Records a plant without a broker, in simulated time as fast as the CPU allows: the same values and payloads
 * {@link PlantSimulator} would publish, written as lines the detect module's backtest reads, in time order
 * (per instant: assets in plant order, signals in {@link SignalType} order). Assets in a drop-out write nothing.
 * Stateless and thread-safe.
 */
public final class PlantRecorder {
    private static final String CSV_HEADER = "ts,topic,value,quality\n";

    private PlantRecorder() {
    }

    /**
     * Records to a writer; the caller closes it.
     *
     * @return how many samples were written and the ground truth of the recording
     * @throws UncheckedIOException when writing fails
     */
    public static RecordingSummary record(PlantDefinition plant, RecordingSpec spec, Writer out) {
        Objects.requireNonNull(plant, "plant");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(out, "out");
        PlantPhysics physics = new PlantPhysics(plant, spec.seed(), spec.realistic());
        List<SimAsset> assets = plant.assets();
        SignalType[] signals = SignalType.values();
        String[][] topics = new String[assets.size()][signals.length];
        long[][] sequences = new long[assets.size()][signals.length];
        for (int a = 0; a < assets.size(); a++) {
            for (SignalType signal : signals) {
                topics[a][signal.ordinal()] = SampleCodec.topic(assets.get(a).asset(), signal);
            }
        }
        boolean csv = spec.format() == RecordingSpec.Format.CSV;
        long samples = 0;
        long durationMillis = spec.duration().toMillis();
        long step = spec.interval().toMillis();
        try {
            if (csv) {
                out.write(CSV_HEADER);
            }
            StringBuilder line = new StringBuilder(256);
            for (long t = 0; t < durationMillis; t += step) {
                Duration plantTime = Duration.ofMillis(t);
                Instant at = spec.start().plusMillis(t);
                String ts = SampleCodec.timestampText(at);
                for (int a = 0; a < assets.size(); a++) {
                    if (!physics.reporting(assets.get(a).id(), plantTime)) {
                        continue;
                    }
                    for (SignalType signal : signals) {
                        double value = physics.value(assets.get(a).id(), signal, plantTime);
                        long seq = ++sequences[a][signal.ordinal()];
                        line.setLength(0);
                        if (csv) {
                            line.append(ts).append(',').append(topics[a][signal.ordinal()]).append(',')
                                    .append(SampleCodec.valueText(signal, value)).append(',')
                                    .append(Quality.GOOD.name()).append('\n');
                        } else {
                            line.append("{\"topic\":\"").append(topics[a][signal.ordinal()]).append("\",\"payload\":")
                                    .append(new String(SampleCodec.encode(at, signal, value, seq), StandardCharsets.UTF_8))
                                    .append("}\n");
                        }
                        out.append(line);
                        samples++;
                    }
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the recording", e);
        }
        return new RecordingSummary(samples, truth(plant, spec));
    }

    /**
     * Records to a file (replaced if it exists) and writes the ground truth beside it, at
     * {@link #truthFile(Path)}.
     *
     * @throws UncheckedIOException naming the file when writing fails
     */
    public static RecordingSummary record(PlantDefinition plant, RecordingSpec spec, Path out) {
        RecordingSummary summary;
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            summary = record(plant, spec, writer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the recording " + out, e);
        }
        Path truthFile = truthFile(out);
        try (BufferedWriter writer = Files.newBufferedWriter(truthFile, StandardCharsets.UTF_8)) {
            summary.truth().write(writer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the ground truth " + truthFile, e);
        }
        return summary;
    }

    /** Where the ground truth of a recording file lives: {@code rec.jsonl} → {@code rec.truth.json}, same folder. */
    public static Path truthFile(Path recording) {
        String name = recording.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return recording.resolveSibling(stem + ".truth.json");
    }

    /** The ground truth of recording {@code plant} as {@code spec} says. */
    public static RecordedTruth truth(PlantDefinition plant, RecordingSpec spec) {
        return new RecordedTruth(spec.start(), spec.end(), spec.interval(), spec.seed(), spec.realistic(),
                plant.assets().size(), plant.groundTruth());
    }

    /**
     * What a recording produced.
     *
     * @param samples lines of samples written (CSV header not counted)
     * @param truth   its ground truth
     */
    public record RecordingSummary(long samples, RecordedTruth truth) {
        public RecordingSummary {
            Objects.requireNonNull(truth, "truth");
        }
    }
}
