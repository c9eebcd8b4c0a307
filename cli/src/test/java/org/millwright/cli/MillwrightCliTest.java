package org.millwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MillwrightCliTest {
    @TempDir
    static Path dir;
    static Path recording;

    @BeforeAll
    static void recordTenMinutesOfTheDefaultPlant() {
        recording = dir.resolve("rec.jsonl");
        Run run = run("record", "--duration", "PT10M", "--interval", "PT5S", "--out", recording.toString());
        assertThat(run.code).as(run.err).isZero();
    }

    @Test
    void recordWritesTheRecordingAndItsGroundTruth() throws IOException {
        assertThat(Files.readAllLines(recording)).hasSize(120 * 40 * 5);
        assertThat(dir.resolve("rec.truth.json")).content().contains("north-l1-motor-01");
    }

    @Test
    void backtestPrintsTheEpisodeOfTheInjectedDegradation() {
        Run run = run("backtest", "--recording", recording.toString());

        assertThat(run.code).as(run.err).isZero();
        assertThat(run.out).contains("24000 samples, 0 skipped, 1 episode(s)")
                .containsPattern("north-l1-motor-01  bearing-wear  opened 2026-01-01T00:01:\\d\\dZ  cleared \\(open\\)  max ALARM")
                .contains("WARNING: vibration")
                .contains("ground truth: 1 of 1 injected failure(s) detected, 0 false episode(s)")
                .containsPattern("north-l1-motor-01 bearing-wear: functional failure 2026-01-01T00:02:30Z, detected PT1M20S before");
    }

    @Test
    void backtestWritesASelfContainedHtmlReport() throws IOException {
        Path html = dir.resolve("report.html");
        Run run = run("backtest", "--recording", recording.toString(), "--html", html.toString());

        assertThat(run.code).as(run.err).isZero();
        String page = Files.readString(html);
        assertThat(page).contains("<svg", "zone C", "bearing-vibration-zone raise at C (2.8)", "bearing-temperature-high &gt; 85.0",
                "functional failure", "1 of 1 injected failure(s) detected");
        assertThat(page.indexOf("north-l1-motor-01")).isLessThan(page.indexOf("north-l1-motor-02"));
        assertThat(page).doesNotContain("<script", "<link", "src=", "@import", "url(");
    }

    @Test
    void backtestRunsTheShippedPeriodicRuleSet() {
        Run run = run("backtest", "--recording", recording.toString(), "--rules", "periodic");

        assertThat(run.code).as(run.err).isZero();
        assertThat(run.out).contains("2026-11-26.periodic");
    }

    @Test
    void backtestReadsCsvRecordings() {
        Path csv = dir.resolve("rec.csv");
        assertThat(run("record", "--duration", "PT4M", "--interval", "PT10S", "--out", csv.toString()).code).isZero();
        assertThat(csv).content().startsWith("ts,topic,value,quality");

        Run run = run("backtest", "--recording", csv.toString());
        assertThat(run.code).as(run.err).isZero();
        assertThat(run.out).contains("4800 samples, 0 skipped, 1 episode(s)", "1 of 1 injected failure(s) detected");
    }

    @Test
    void backtestShowsProgressOnStandardError() {
        Run run = run("backtest", "--recording", recording.toString(), "--progress-every", "PT0S");

        assertThat(run.code).isZero();
        assertThat(run.err).containsPattern("backtest: \\d+% \\(\\d+ of \\d+ MB\\)");
    }

    @Test
    void anUnknownRecordingFileExitsNonZeroNamingIt() {
        Run run = run("backtest", "--recording", dir.resolve("missing.jsonl").toString());

        assertThat(run.code).isEqualTo(1);
        assertThat(run.err).contains("error: recording file not found:", "missing.jsonl");
    }

    @Test
    void aBadRuleFileExitsNonZeroNamingTheLine() throws IOException {
        Path rules = Files.writeString(dir.resolve("bad-rules.yaml"), """
                version: "1"
                rules:
                  - id: too-hot
                    kind: threshold
                    signal: bearing-temperature
                    failureMode: bearing-wear
                    abov: 85
                """);
        Run run = run("backtest", "--rules", rules.toString(), "--recording", recording.toString());

        assertThat(run.code).isEqualTo(1);
        assertThat(run.err).contains("error: ", "bad-rules.yaml line 7", "abov");
    }

    @Test
    void aBadPlantFileExitsNonZeroNamingTheProblem() throws IOException {
        Path plant = Files.writeString(dir.resolve("bad-plant.yaml"), "enterprise: acme\nsites: []\n");
        Run run = run("record", "--plant", plant.toString(), "--duration", "PT1M", "--out",
                dir.resolve("never.jsonl").toString());

        assertThat(run.code).isEqualTo(1);
        assertThat(run.err).contains("bad-plant.yaml", "no sites");
    }

    @Test
    void malformedLinesAreNamedAndExitNonZero() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(recording).subList(0, 400));
        lines.add(2, "{not json");
        lines.add(5, "{\"topic\":\"acme/x/north-l1-motor-01/vibration\",\"payload\":{\"ts\":\"yesterday\",\"value\":1}}");
        Path broken = Files.write(dir.resolve("broken.jsonl"), lines);

        Run run = run("backtest", "--recording", broken.toString());
        assertThat(run.code).isEqualTo(3);
        assertThat(run.err).contains("2 line(s) of", "line 3: not a JSON object", "line 6: ts 'yesterday'");
        assertThat(run("backtest", "--allow-skipped", "--recording", broken.toString()).code).isZero();
    }

    @Test
    void contradictoryOrMissingOptionsAreRejected() {
        Run both = run("record", "--days", "1", "--duration", "PT1H", "--out", dir.resolve("x.jsonl").toString());
        assertThat(both.code).isEqualTo(1);
        assertThat(both.err).contains("give --days or --duration, not both");

        Run missing = run("backtest");
        assertThat(missing.code).isEqualTo(2);
        assertThat(missing.err).contains("Missing required option: '--recording");
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = MillwrightCli.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private record Run(int code, String out, String err) {
    }
}
