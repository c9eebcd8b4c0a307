package org.millwright.cli.internal.record;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.millwright.cli.internal.common.CliException;
import org.millwright.cli.internal.common.Inputs;
import org.millwright.simulator.PlantDefinition;
import org.millwright.simulator.PlantRecorder;
import org.millwright.simulator.RecordingSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code record}: writes a plant's telemetry in simulated time, with its ground truth beside it. */
@Command(name = "record", mixinStandardHelpOptions = true,
        description = "Record a simulated plant to JSON lines (.jsonl) or CSV (.csv) without a broker, as fast as "
                + "the CPU allows, and write the ground truth beside it (<name>.truth.json).")
public final class RecordCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--plant", defaultValue = Inputs.DEFAULT, description = "plant YAML file, or 'default' (the demo plant)")
    private String plant;

    @Option(names = "--days", description = "simulated days to record (default 1)")
    private Optional<Double> days;

    @Option(names = "--duration", description = "simulated time to record as ISO-8601, e.g. PT6H (instead of --days)")
    private Optional<Duration> duration;

    @Option(names = "--interval", defaultValue = "PT10S", description = "time between samples, ISO-8601 (default PT10S)")
    private Duration interval;

    @Option(names = "--start", defaultValue = "2026-01-01T00:00:00Z", description = "instant of plant time 0 (default ${DEFAULT-VALUE})")
    private Instant start;

    @Option(names = "--seed", defaultValue = "42", description = "physics seed (default 42)")
    private long seed;

    @Option(names = "--realistic", description = "add load changes, stops/starts, sensor spikes and drop-outs")
    private boolean realistic;

    @Option(names = "--out", required = true, description = "the recording to write; .csv writes CSV, anything else JSON lines")
    private Path out;

    @Override
    public Integer call() {
        if (days.isPresent() && duration.isPresent()) {
            throw new CliException("give --days or --duration, not both");
        }
        Duration length = duration.orElseGet(() -> {
            double d = days.orElse(1.0);
            if (!(d > 0) || !Double.isFinite(d)) {
                throw new CliException("--days must be a positive number: " + d);
            }
            return Duration.ofMillis(Math.round(d * 86_400_000));
        });
        PlantDefinition definition = Inputs.plant(plant);
        RecordingSpec recording = new RecordingSpec(start, length, interval, seed, realistic, Inputs.recorderFormat(out));
        PlantRecorder.RecordingSummary summary = PlantRecorder.record(definition, recording, out);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf("recorded %d samples of %d assets (%s at %s%s) to %s%n", summary.samples(),
                definition.assets().size(), length, interval, realistic ? ", realistic" : "", out);
        stdout.printf("ground truth: %d injected failure(s) in %s%n", summary.truth().failures().size(),
                PlantRecorder.truthFile(out));
        stdout.flush();
        return 0;
    }
}
