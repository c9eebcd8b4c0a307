package org.millwright.cli.internal.backtest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.millwright.cli.internal.common.CliException;
import org.millwright.cli.internal.common.Inputs;
import org.millwright.cli.internal.report.HtmlReport;
import org.millwright.cli.internal.report.RecordingScan;
import org.millwright.cli.internal.report.TruthComparison;
import org.millwright.detect.Backtest;
import org.millwright.detect.BacktestEpisode;
import org.millwright.detect.BacktestResult;
import org.millwright.detect.RecordingFormat;
import org.millwright.detect.RuleSet;
import org.millwright.model.Asset;
import org.millwright.simulator.PlantDefinition;
import org.millwright.simulator.PlantRecorder;
import org.millwright.simulator.RecordedTruth;
import org.millwright.simulator.SimAsset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code backtest}: runs a rule set over a recording with no side effects and reports the episodes. */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = "Run detection rules over a recording (JSON lines or .csv) with no side effects, print the "
                + "episodes they would raise and compare them with the recording's ground truth if it has one.")
public final class BacktestCommand implements Callable<Integer> {
    /** Exit code when the recording had lines the backtest could not use. */
    public static final int SKIPPED_LINES = 3;

    @Spec
    private CommandSpec spec;

    @Option(names = "--rules", defaultValue = Inputs.DEFAULT,
            description = "rule set YAML file, 'default' (samples every few seconds) or 'periodic' (every few minutes)")
    private String rules;

    @Option(names = "--plant", defaultValue = Inputs.DEFAULT, description = "plant YAML file (the asset master data), or 'default'")
    private String plant;

    @Option(names = "--recording", required = true, description = "recording file: .csv is CSV, anything else JSON lines")
    private String recording;

    @Option(names = "--truth", description = "ground-truth file (default: <recording name>.truth.json beside it, if present)")
    private Optional<String> truthFile;

    @Option(names = "--html", description = "write a self-contained HTML report to this file")
    private Optional<Path> html;

    @Option(names = "--progress-every", defaultValue = "PT5S", description = "how often to print progress to stderr (default PT5S)")
    private Duration progressEvery;

    @Option(names = "--allow-skipped", description = "exit 0 even when lines of the recording were skipped")
    private boolean allowSkipped;

    private final Clock clock;

    /** A command on the system clock (progress timing only). */
    public BacktestCommand() {
        this(Clock.systemUTC());
    }

    /** A command whose progress reports follow {@code clock}. */
    public BacktestCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        RuleSet ruleSet = Inputs.rules(rules);
        PlantDefinition definition = Inputs.plant(plant);
        Path file = Inputs.existingFile(recording, "recording");
        Optional<RecordedTruth> truth = truth(file);
        RecordingFormat format = Inputs.recordingFormat(file);
        List<Asset> assets = definition.assets().stream().map(SimAsset::asset).toList();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();

        BacktestResult result = read(file, "backtest", reader -> Backtest.run(ruleSet, assets, reader, format));
        print(out, result);
        truth.ifPresent(t -> printComparison(out, TruthComparison.of(t, result.episodes())));
        if (html.isPresent()) {
            RecordingScan scan = read(file, "report", reader -> RecordingScan.of(reader, format));
            writeReport(html.get(), new HtmlReport(ruleSet, assets, result, truth, scan, file.getFileName().toString()));
            out.println("HTML report written to " + html.get());
        }
        out.flush();
        if (result.skipped() > 0) {
            err.printf("%d line(s) of %s skipped; the first:%n", result.skipped(), file);
            result.problems().forEach(problem -> err.println("  " + problem));
            err.flush();
            return allowSkipped ? 0 : SKIPPED_LINES;
        }
        return 0;
    }

    private <T> T read(Path file, String label, Function<Reader, T> reading) {
        try (InputStream in = new ProgressInputStream(Files.newInputStream(file), Files.size(file), label,
                spec.commandLine().getErr(), clock, progressEvery);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return reading.apply(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read recording " + file, e);
        }
    }

    private Optional<RecordedTruth> truth(Path recordingFile) {
        if (truthFile.isPresent()) {
            return Optional.of(RecordedTruth.read(Inputs.existingFile(truthFile.get(), "ground truth")));
        }
        Path beside = PlantRecorder.truthFile(recordingFile);
        return Files.isRegularFile(beside) ? Optional.of(RecordedTruth.read(beside)) : Optional.empty();
    }

    private static void print(PrintWriter out, BacktestResult result) {
        out.printf("rule set %s: %d samples, %d skipped, %d episode(s)%n", result.ruleSetVersion(), result.samples(),
                result.skipped(), result.episodes().size());
        for (BacktestEpisode episode : result.episodes()) {
            out.printf("%s  %s  opened %s  cleared %s  max %s%n", episode.asset().value(), episode.failureMode(),
                    episode.raisedAt(), episode.clearedAt().map(Object::toString).orElse("(open)"), episode.peak());
            HtmlReport.evidence(episode).lines().forEach(line -> out.println("    " + line));
        }
    }

    private static void printComparison(PrintWriter out, TruthComparison comparison) {
        out.printf("ground truth: %d of %d injected failure(s) detected, %d false episode(s)%n", comparison.detected(),
                comparison.failures().size(), comparison.falseEpisodes().size());
        for (TruthComparison.Outcome outcome : comparison.failures()) {
            out.printf("  %s %s: functional failure %s, %s%n", outcome.truth().asset().value(),
                    outcome.truth().failureMode(), outcome.failure(), outcome.leadTime()
                            .map(lead -> "detected " + lead + " before").orElse("NOT detected before it"));
        }
    }

    private static void writeReport(Path target, HtmlReport report) {
        try {
            Files.writeString(target, report.render(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException("cannot write the HTML report " + target + ": " + e, e);
        }
    }
}
