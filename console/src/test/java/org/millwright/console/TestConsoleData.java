package org.millwright.console;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.millwright.console.spi.AssetHealthView;
import org.millwright.console.spi.AssetTrendView;
import org.millwright.console.spi.ConsoleActions;
import org.millwright.console.spi.ConsoleQueries;
import org.millwright.console.spi.DriftView;
import org.millwright.console.spi.EpisodeDetailView;
import org.millwright.console.spi.EpisodeView;
import org.millwright.console.spi.ReconciliationRunView;
import org.millwright.console.spi.ReconciliationView;
import org.millwright.console.spi.StepView;

/**
 * Test data for the console: a plant with three assets and two episodes, one of them half-way through its
 * workflow. {@link #advance()} moves that workflow on (stock reserved, window planned, episode escalated, the
 * motor tripped), as the hub would. Thread-safe: readers always see one whole state.
 */
final class TestConsoleData implements ConsoleQueries, ConsoleActions {

    static final String RUNNING_EPISODE = "EP-7F3A9C2E11AB";
    static final String CLOSED_EPISODE = "EP-00000000A1B2";
    static final String PARKED_EPISODE = "EP-0000000000C3";
    static final Instant T0 = Instant.parse("2026-11-25T08:00:00Z");

    private record State(List<AssetHealthView> assets, List<EpisodeDetailView> episodes) {
    }

    private volatile State state = initial();
    private final List<String> replayed = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile Optional<ReconciliationView> reconciliation = Optional.of(initialReconciliation());

    /** Back to the initial state. */
    void reset() {
        state = initial();
        replayed.clear();
        reconciliation = Optional.of(initialReconciliation());
    }

    /** The episodes an operator replayed, in order. */
    List<String> replayed() {
        return List.copyOf(replayed);
    }

    @Override
    public String replay(String episodeId) {
        replayed.add(episodeId);
        return "The parked steps of " + episodeId + " run again.";
    }

    /** The last reconciliation run finishes and finds no drift any more. */
    void finishReconciliation() {
        reconciliation = Optional.of(new ReconciliationView(Optional.of(run("8", "SUCCEEDED", "CONSOLE",
                Optional.of(T0.plusSeconds(62)), 0)), List.of()));
    }

    /** As an application without reconciliation. */
    void stopReconciling() {
        reconciliation = Optional.empty();
    }

    /** The running workflow moves on: stock reserved, maintenance window planned, motor tripped. */
    void advance() {
        EpisodeView running = episode(RUNNING_EPISODE, "M-201", "BEARING_WEAR", "ESCALATED", "TRIP", Optional.empty(),
                "RUNNING", records("notification", "10000123", "reservation", "4711", "maintenanceWindow", "MW-2026-118"));
        List<StepView> steps = List.of(
                done("validateAsset", 0, 1), done("checkOpenWork", 1, 2), done("createNotification", 2, 4),
                done("checkStock", 4, 5), new StepView("reserveStock", "DONE", at(5), at(21), 3, Optional.empty()),
                done("scheduleWindow", 21, 23),
                new StepView("dispatchTechnician", "RUNNING", at(23), Optional.empty(), 1, Optional.empty()));
        state = new State(List.of(pump(), motor("TRIP", "D", 11.8, 81.0, 60), fan()),
                List.of(new EpisodeDetailView(running, steps, evidence()), closed()));
    }

    @Override
    public List<AssetHealthView> assets() {
        return state.assets();
    }

    @Override
    public List<EpisodeView> episodes() {
        return state.episodes().stream().map(EpisodeDetailView::episode).toList();
    }

    @Override
    public Optional<EpisodeDetailView> episode(String id) {
        return state.episodes().stream().filter(d -> d.episode().id().equals(id)).findFirst();
    }

    @Override
    public Optional<ReconciliationView> reconciliation() {
        return reconciliation;
    }

    @Override
    public Optional<String> reconcileNow() {
        if (reconciliation.isEmpty()) {
            return Optional.empty();
        }
        reconciliation = Optional.of(new ReconciliationView(Optional.of(run("8", "QUEUED", "CONSOLE",
                Optional.empty(), 0)), reconciliation.get().drift()));
        return Optional.of("8");
    }

    private static ReconciliationView initialReconciliation() {
        DriftView missing = new DriftView("3", CLOSED_EPISODE, "eam", "notification", Optional.of("10000099"),
                "MISSING_IN_SYSTEM", "eam has no notification with external reference " + CLOSED_EPISODE
                        + " <deleted?>", T0, T0.plusSeconds(60), Optional.empty(), Optional.empty());
        return new ReconciliationView(Optional.of(run("7", "SUCCEEDED", "SCHEDULE", Optional.of(T0.plusSeconds(60)),
                1)), List.of(missing));
    }

    private static ReconciliationRunView run(String id, String state, String by, Optional<Instant> finishedAt,
            int drift) {
        return new ReconciliationRunView(id, state, by, T0.plusSeconds(59), finishedAt, 2, drift, 0, Optional.empty());
    }

    /**
     * M-201 has a trend: ten minutes of vibration rising through zone C, the limits of a zone rule and of condition
     * monitoring, a forecast of the C/D boundary and its running episode (opened an hour before the samples start,
     * still open). The other assets have none.
     */
    @Override
    public Optional<AssetTrendView> assetTrend(String assetId) {
        if (!assetId.equals("M-201")) {
            return Optional.empty();
        }
        List<AssetTrendView.Point> points = new ArrayList<>();
        for (int s = 0; s < 600; s += 5) {
            points.add(new AssetTrendView.Point(T0.plusSeconds(s), 3.0 + s * 0.002 + 0.1 * Math.sin(s)));
        }
        return Optional.of(new AssetTrendView("M-201", "Main drive motor", points, 1.4, 2.8, 4.5,
                List.of(new AssetTrendView.Limit("bearing-vibration-zone raise at C (2.8)", 2.8, false),
                        new AssetTrendView.Limit("bearing-vibration-zone escalate at D (4.5)", 4.5, true),
                        new AssetTrendView.Limit("bearing-vibration-health alarm (2.6: baseline 1.9 + 25 % of B/C, "
                                + "at most 3.5)", 2.6, false)),
                Optional.of(new AssetTrendView.Forecast(T0.plusSeconds(595), 4.2, 4.5, Duration.ofMinutes(2),
                        Duration.ofMinutes(3), Duration.ofMinutes(5))),
                List.of(new AssetTrendView.EpisodeSpan(RUNNING_EPISODE, "BEARING_WEAR", "ALARM",
                        T0.minusSeconds(3600), Optional.empty()))));
    }

    private static State initial() {
        EpisodeView running = episode(RUNNING_EPISODE, "M-201", "BEARING_WEAR", "OPEN", "ALARM", Optional.empty(),
                "RUNNING", records("notification", "10000123"));
        List<StepView> steps = List.of(
                done("validateAsset", 0, 1), done("checkOpenWork", 1, 2), done("createNotification", 2, 4),
                done("checkStock", 4, 5),
                new StepView("reserveStock", "RUNNING", at(5), Optional.empty(), 2,
                        Optional.of("ERP timeout after 5 s <retrying>")),
                pending("scheduleWindow"), pending("dispatchTechnician"));
        return new State(List.of(pump(), motor("ALARM", "C", 7.42, 64.5, 30), fan()),
                List.of(new EpisodeDetailView(running, steps, evidence()), closed(), parked()));
    }

    /** The EAM refused the notification: its priority is not in the EAM's customizing. */
    private static EpisodeDetailView parked() {
        EpisodeView parked = episode(PARKED_EPISODE, "F-301", "BEARING_WEAR", "OPEN", "ADVISORY", Optional.empty(),
                "INCIDENT", records());
        StepView failed = new StepView("create-notification", "FAILED", at(2), at(3), 1,
                Optional.of("sandbox-eam createNotification failed (permanent): priority must be 1 to 4"),
                Optional.of(new StepView.Failure("PERMANENT", Optional.of("sandbox-eam"),
                        Optional.of("priority must be 1 to 4 <was 9>"),
                        "{\n  \"externalReference\" : \"EP-0000000000C3\",\n  \"severity\" : \"ADVISORY\"\n}")));
        return new EpisodeDetailView(parked, List.of(done("validate-asset", 0, 1), failed), List.of());
    }

    private static EpisodeDetailView closed() {
        EpisodeView closed = episode(CLOSED_EPISODE, "P-101", "CAVITATION", "CLOSED", "WARNING",
                Optional.of(T0.minusSeconds(600)), "COMPLETED",
                records("notification", "10000099", "purchaseRequisition", "PR-0042", "assignment", "TECH-7"));
        return new EpisodeDetailView(closed, List.of(done("validateAsset", -7200, -7199)), List.of());
    }

    private static AssetHealthView pump() {
        return new AssetHealthView("P-101", "<b>Feed pump</b> & seal", "Plant-1", "Line-A", "PUMP", "OK", "A",
                OptionalDouble.of(1.1), OptionalDouble.of(41.25), at(30));
    }

    private static AssetHealthView motor(String health, String zone, double vibration, double temperature,
            long sampledAt) {
        return new AssetHealthView("M-201", "Main drive motor", "Plant-1", "Line-A", "MOTOR", health, zone,
                OptionalDouble.of(vibration), OptionalDouble.of(temperature), at(sampledAt));
    }

    private static AssetHealthView fan() {
        return new AssetHealthView("F-301", "Exhaust fan", "Plant-1", "Line-B", "FAN", "OK", "",
                OptionalDouble.empty(), OptionalDouble.empty(), Optional.empty());
    }

    private static EpisodeView episode(String id, String asset, String mode, String state, String severity,
            Optional<Instant> closedAt, String workflow, Map<String, String> records) {
        return new EpisodeView(id, asset, mode, state, severity, T0.minusSeconds(3600), closedAt, workflow, records);
    }

    private static List<String> evidence() {
        return List.of("v_rms 7.42 mm/s > ISO 20816-3 zone C limit 4.5 mm/s (group 2, rigid)",
                "trend +0.8 mm/s per hour, time to zone D limit about 2 h");
    }

    private static StepView done(String name, long startSecond, long endSecond) {
        return new StepView(name, "DONE", at(startSecond), at(endSecond), 1, Optional.empty());
    }

    private static StepView pending(String name) {
        return new StepView(name, "PENDING", Optional.empty(), Optional.empty(), 0, Optional.empty());
    }

    private static Optional<Instant> at(long second) {
        return Optional.of(T0.plusSeconds(second));
    }

    private static Map<String, String> records(String... keysAndValues) {
        Map<String, String> records = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            records.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return records;
    }
}
