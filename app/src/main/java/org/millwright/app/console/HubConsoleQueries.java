package org.millwright.app.console;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.millwright.app.episodes.EpisodeQueries;
import org.millwright.app.episodes.EpisodeRow;
import org.millwright.app.episodes.EpisodeStore;
import org.millwright.app.json.ModelModule;
import org.millwright.app.pipeline.AssetCatalogueService;
import org.millwright.app.pipeline.AssetHealth;
import org.millwright.app.reconcile.Drift;
import org.millwright.app.reconcile.ReconciliationRun;
import org.millwright.app.reconcile.ReconciliationService;
import org.millwright.console.spi.AssetHealthView;
import org.millwright.console.spi.AssetTrendView;
import org.millwright.console.spi.ConsoleQueries;
import org.millwright.console.spi.DriftView;
import org.millwright.console.spi.EpisodeDetailView;
import org.millwright.console.spi.EpisodeView;
import org.millwright.console.spi.ReconciliationRunView;
import org.millwright.console.spi.ReconciliationView;
import org.millwright.console.spi.StepView;
import org.millwright.detect.ActiveRuleSet;
import org.millwright.detect.RuleLimit;
import org.millwright.detect.RuleSet;
import org.millwright.detect.ZoneBoundaries;
import org.millwright.model.AssetId;
import org.millwright.model.EpisodeId;
import org.millwright.model.SignalType;
import org.springframework.stereotype.Component;

@Component
public class HubConsoleQueries implements ConsoleQueries {
    private static final int EPISODES_SHOWN = 100;
    private static final int DRIFT_SHOWN = 200;

    private final AssetCatalogueService catalogue;
    private final AssetHealth health;
    private final EpisodeQueries episodes;
    private final ActiveRuleSet rules;
    private final ReconciliationService reconciliation;
    private final EpisodeStore episodeStore;

    public HubConsoleQueries(AssetCatalogueService catalogue, AssetHealth health, EpisodeQueries episodes,
                             ActiveRuleSet rules, ReconciliationService reconciliation, EpisodeStore episodeStore) {
        this.catalogue = catalogue;
        this.health = health;
        this.episodes = episodes;
        this.rules = rules;
        this.reconciliation = reconciliation;
        this.episodeStore = episodeStore;
    }

    @Override
    public List<AssetHealthView> assets() {
        return catalogue.all().stream().map(asset -> {
            AssetHealth.Snapshot now = health.snapshot(asset.id());
            return new AssetHealthView(asset.id().value(), asset.name(), asset.location().site(),
                    asset.location().line(), asset.assetClass().name(),
                    now.severity().map(Enum::name).orElse("OK"), now.zone(), now.vibration(), now.temperature(),
                    now.lastSampleAt());
        }).toList();
    }

    @Override
    public List<EpisodeView> episodes() {
        return episodes.list(EPISODES_SHOWN).stream().map(HubConsoleQueries::view).toList();
    }

    @Override
    public Optional<EpisodeDetailView> episode(String id) {
        if (!EpisodeId.isValid(id)) {
            return Optional.empty();
        }
        return episodes.find(EpisodeId.of(id)).map(view -> new EpisodeDetailView(view(view),
                view.steps().stream().map(step -> new StepView(step.name(), step.state(), Optional.of(step.startedAt()),
                        step.endedAt(), step.attempts(), step.error(), step.failure().map(f -> new StepView.Failure(
                        f.kind(), f.system(), f.upstreamMessage(), pretty(f.request()))))).toList(),
                view.episode().evidence()));
    }

    @Override
    public Optional<AssetTrendView> assetTrend(String assetId) {
        if (!AssetId.isValid(assetId)) {
            return Optional.empty();
        }
        return catalogue.find(AssetId.of(assetId)).flatMap(asset -> {
            var points = health.trend(asset.id());
            if (points.isEmpty()) {
                return Optional.empty();
            }
            RuleSet ruleSet = rules.ruleSet();
            ZoneBoundaries zones = ruleSet.zones().boundaries(asset.machineGroup(), asset.support());
            AssetHealth.Assessment assessment = health.assessment(asset.id());
            List<AssetTrendView.Limit> limits = RuleLimit.of(ruleSet, asset, SignalType.VIBRATION_VELOCITY,
                    assessment.baseline()).stream()
                    .map(l -> new AssetTrendView.Limit(l.label(), l.value(), l.escalation())).toList();
            Optional<AssetTrendView.Forecast> forecast = assessment.forecast().map(f -> new AssetTrendView.Forecast(
                    f.from(), f.level(), f.limit(), f.earliest(), f.central(), f.latest()));
            return Optional.of(new AssetTrendView(asset.id().value(), asset.name(),
                    points.stream().map(p -> new AssetTrendView.Point(p.at(), p.value())).toList(),
                    zones.ab(), zones.bc(), zones.cd(), limits, forecast,
                    episodeSpans(asset.id(), points.get(0).at())));
        });
    }

    @Override
    public Optional<ReconciliationView> reconciliation() {
        Optional<ReconciliationRunView> lastRun = reconciliation.recentRuns(1).stream().findFirst()
                .map(HubConsoleQueries::run);
        List<DriftView> drift = reconciliation.currentDrift(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), DRIFT_SHOWN).stream().map(HubConsoleQueries::drift).toList();
        return Optional.of(new ReconciliationView(lastRun, drift));
    }

    @Override
    public Optional<String> reconcileNow() {
        return Optional.of(Long.toString(reconciliation.request(ReconciliationRun.RequestedBy.CONSOLE,
                Optional.empty()).id()));
    }

    private static ReconciliationRunView run(ReconciliationRun run) {
        return new ReconciliationRunView(Long.toString(run.id()), run.state().name(), run.requestedBy().name(),
                run.requestedAt(), run.finishedAt(), run.episodesChecked(), run.driftFound(), run.repaired(),
                run.error());
    }

    private static DriftView drift(Drift drift) {
        return new DriftView(Long.toString(drift.id()), drift.episode().value(), drift.system(), drift.record(),
                drift.recordId(), drift.kind().name(), drift.detail(), drift.firstSeenAt(), drift.lastSeenAt(),
                drift.acknowledgement().map(Drift.Acknowledgement::by),
                drift.acknowledgement().map(Drift.Acknowledgement::note));
    }

    /** The asset's episodes among the most recent ones that were still open at {@code since}, oldest first. */
    private List<AssetTrendView.EpisodeSpan> episodeSpans(AssetId asset, Instant since) {
        return episodeStore.list(EPISODES_SHOWN).stream()
                .filter(e -> e.asset().equals(asset) && e.closedAt().map(at -> !at.isBefore(since)).orElse(true))
                .sorted(Comparator.comparing(EpisodeRow::openedAt))
                .map(e -> new AssetTrendView.EpisodeSpan(e.id().value(), e.failureMode().code(), e.severity().name(),
                        e.openedAt(), e.closedAt()))
                .toList();
    }

    private static EpisodeView view(org.millwright.app.episodes.EpisodeView view) {
        var e = view.episode();
        return new EpisodeView(e.id().value(), e.asset().value(), e.failureMode().code(), e.state().name(),
                e.severity().name(), e.openedAt(), e.closedAt(), view.workflowState().name(), view.records());
    }

    private static String pretty(String json) {
        return ModelModule.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(ModelModule.MAPPER.readTree(json));
    }
}
