package org.millwright.cli.internal.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.millwright.chart.Markup;
import org.millwright.chart.Series;
import org.millwright.chart.TimeChart;
import org.millwright.detect.BacktestEpisode;
import org.millwright.detect.BacktestResult;
import org.millwright.detect.RuleLimit;
import org.millwright.detect.RuleSet;
import org.millwright.detect.ZoneBoundaries;
import org.millwright.model.Asset;
import org.millwright.model.AssetId;
import org.millwright.model.ConditionEscalated;
import org.millwright.model.ConditionEvent;
import org.millwright.model.ConditionRaised;
import org.millwright.model.Severity;
import org.millwright.model.SignalType;
import org.millwright.simulator.RecordedTruth;

/**
 * A self-contained HTML page (inline CSS and SVG, no scripts, fonts or links) for one backtest: the summary, the
 * comparison with ground truth, the episodes with their evidence, and per asset its vibration (with the ISO 20816
 * zone bands of its machine group and support) and bearing temperature over time, the thresholds of the rules
 * that apply to it, the episodes raised as shaded spans and the injected failure's onset and functional failure.
 * Assets with episodes or injected failures come first.
 */
public final class HtmlReport {
    private static final String CSS = "body{font-family:sans-serif;margin:24px;color:#222}"
            + "table{border-collapse:collapse;margin:8px 0 16px}td,th{border:1px solid #ccc;padding:3px 8px;"
            + "font-size:13px;text-align:left;vertical-align:top}h2{margin-top:28px}.muted{color:#777}";

    private final RuleSet ruleSet;
    private final List<Asset> assets;
    private final BacktestResult result;
    private final Optional<RecordedTruth> truth;
    private final RecordingScan scan;
    private final String recordingName;

    /**
     * @param ruleSet       the rules that ran (zones and thresholds to draw)
     * @param assets        the plant's assets
     * @param result        what the backtest found
     * @param truth         the recording's ground truth, if it has one
     * @param scan          the plotted signals
     * @param recordingName names the recording in the title
     */
    public HtmlReport(RuleSet ruleSet, List<Asset> assets, BacktestResult result, Optional<RecordedTruth> truth,
                      RecordingScan scan, String recordingName) {
        this.ruleSet = ruleSet;
        this.assets = List.copyOf(assets);
        this.result = result;
        this.truth = truth;
        this.scan = scan;
        this.recordingName = recordingName;
    }

    /** The whole page. */
    public String render() {
        StringBuilder html = new StringBuilder(1 << 20);
        String title = "Millwright backtest of " + recordingName;
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(Markup.escape(title)).append("</title><style>").append(CSS).append("</style></head><body>\n")
                .append("<h1>").append(Markup.escape(title)).append("</h1>\n<p>Rule set <b>")
                .append(Markup.escape(result.ruleSetVersion())).append("</b>: ").append(result.samples())
                .append(" samples, ").append(result.skipped()).append(" skipped, ").append(result.episodes().size())
                .append(" episode(s).</p>\n");
        truth.ifPresent(t -> groundTruth(html, TruthComparison.of(t, result.episodes())));
        episodes(html);
        html.append("<h2>Signals</h2>\n<p class=\"muted\">Shaded vertical spans: episodes (colour by peak severity). "
                + "Blue dashed line: degradation onset; black line: functional failure (ground truth). Dashed "
                + "horizontal lines: rule limits. Bands: ISO 20816-3 zones A–D.</p>\n");
        if (scan.isEmpty()) {
            html.append("<p>The recording has no vibration or bearing-temperature samples to plot.</p>\n");
        }
        for (Asset asset : ordered()) {
            if (scan.series(asset.id(), SignalType.VIBRATION_VELOCITY).isEmpty()
                    && scan.series(asset.id(), SignalType.BEARING_TEMPERATURE).isEmpty()) {
                continue;
            }
            html.append("<h3>").append(Markup.escape(asset.id().value())).append(" <span class=\"muted\">")
                    .append(Markup.escape(asset.name())).append(", ").append(asset.machineGroup()).append(' ')
                    .append(asset.support()).append("</span></h3>\n");
            for (SignalType signal : RecordingScan.PLOTTED) {
                scan.series(asset.id(), signal).ifPresent(series -> html.append(chart(asset, signal, series)));
            }
        }
        return html.append("</body></html>\n").toString();
    }

    private void groundTruth(StringBuilder html, TruthComparison comparison) {
        html.append("<h2>Against ground truth</h2>\n<p>").append(comparison.detected()).append(" of ")
                .append(comparison.failures().size()).append(" injected failure(s) detected before functional failure; ")
                .append(comparison.falseEpisodes().size()).append(" false episode(s).</p>\n<table><tr><th>asset</th>"
                        + "<th>failure mode</th><th>onset</th><th>functional failure</th><th>detected</th>"
                        + "<th>lead time</th></tr>\n");
        for (TruthComparison.Outcome outcome : comparison.failures()) {
            html.append("<tr><td>").append(Markup.escape(outcome.truth().asset().value())).append("</td><td>")
                    .append(outcome.truth().failureMode()).append("</td><td>").append(outcome.onset())
                    .append("</td><td>").append(outcome.failure()).append("</td><td>")
                    .append(outcome.detected().map(e -> "yes, raised " + e.raisedAt()).orElse("<b>no</b>"))
                    .append("</td><td>").append(outcome.leadTime().map(Object::toString).orElse("–"))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private void episodes(StringBuilder html) {
        html.append("<h2>Episodes</h2>\n");
        if (result.episodes().isEmpty()) {
            html.append("<p>None.</p>\n");
            return;
        }
        html.append("<table><tr><th>asset</th><th>failure mode</th><th>opened</th><th>cleared</th><th>max severity</th>"
                + "<th>evidence</th></tr>\n");
        for (BacktestEpisode episode : result.episodes()) {
            html.append("<tr><td>").append(Markup.escape(episode.asset().value())).append("</td><td>")
                    .append(episode.failureMode()).append("</td><td>").append(episode.raisedAt()).append("</td><td>")
                    .append(episode.clearedAt().map(Object::toString).orElse("open")).append("</td><td>")
                    .append(episode.peak()).append("</td><td>")
                    .append(Markup.escape(evidence(episode)).replace("\n", "<br>")).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    /** The evidence of an episode, one line per transition that carries some: "SEVERITY: summary". */
    public static String evidence(BacktestEpisode episode) {
        List<String> lines = new ArrayList<>();
        for (ConditionEvent event : episode.transitions()) {
            if (event instanceof ConditionRaised raised) {
                lines.add(line(raised.severity(), raised.evidence().summary()));
            } else if (event instanceof ConditionEscalated escalated) {
                lines.add(line(escalated.to(), escalated.evidence().summary()));
            }
        }
        return String.join("\n", lines);
    }

    private static String line(Severity severity, String summary) {
        return summary.startsWith(severity.name() + ":") ? summary : severity + ": " + summary;
    }

    private List<Asset> ordered() {
        Set<AssetId> notable = result.episodes().stream().map(BacktestEpisode::asset).collect(Collectors.toSet());
        truth.ifPresent(t -> t.failures().forEach(f -> notable.add(f.asset())));
        List<Asset> ordered = new ArrayList<>(assets);
        ordered.sort(Comparator.comparing((Asset a) -> !notable.contains(a.id())));
        return ordered;
    }

    private String chart(Asset asset, SignalType signal, Series series) {
        ZoneBoundaries zones = ruleSet.zones().boundaries(asset.machineGroup(), asset.support());
        List<TimeChart.Limit> limits = RuleLimit.of(ruleSet, asset, signal, OptionalDouble.empty()).stream()
                .map(limit -> new TimeChart.Limit(limit.value(), limit.label(), limit.escalation())).toList();
        List<TimeChart.Episode> spans = new ArrayList<>();
        for (BacktestEpisode episode : result.episodes()) {
            if (episode.asset().equals(asset.id())) {
                long end = episode.clearedAt().map(java.time.Instant::toEpochMilli).orElse(scan.last());
                spans.add(new TimeChart.Episode(episode.raisedAt().toEpochMilli(), end, episode.peak().name(),
                        episode.failureMode() + " " + episode.peak() + " from " + episode.raisedAt() + "\n"
                                + evidence(episode)));
            }
        }
        List<TimeChart.Marker> markers = new ArrayList<>();
        truth.ifPresent(t -> t.failures().stream().filter(f -> f.asset().equals(asset.id())).forEach(f -> {
            markers.add(new TimeChart.Marker(f.onsetAt(t.start()).toEpochMilli(), "#1565c0", true,
                    "onset of " + f.failureMode()));
            markers.add(new TimeChart.Marker(f.functionalFailureAt(t.start()).toEpochMilli(), "#000", false,
                    "functional failure"));
        }));
        TimeChart chart = TimeChart.of(asset.id().value() + " " + signal.wireName(), signal.unit(), scan.first(),
                scan.last(), series).withLimits(limits).withEpisodes(spans).withMarkers(markers);
        if (signal == SignalType.VIBRATION_VELOCITY) {
            chart = chart.withZones(new TimeChart.Zones(zones.ab(), zones.bc(), zones.cd()));
        }
        return "<div>" + Markup.escape(signal.wireName()) + " (" + signal.unit() + ")<br>\n" + chart.svg()
                + "<div class=\"muted\">" + Markup.escape(chart.legend()) + "</div></div>\n";
    }
}
