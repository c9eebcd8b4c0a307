package org.millwright.cli.internal.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.millwright.detect.BacktestEpisode;
import org.millwright.detect.BacktestResult;
import org.millwright.detect.ConditionMonitoringRule;
import org.millwright.detect.Rule;
import org.millwright.detect.RuleSet;
import org.millwright.detect.ThresholdRule;
import org.millwright.detect.ZoneBoundaries;
import org.millwright.detect.ZoneRule;
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
                .append(Html.escape(title)).append("</title><style>").append(CSS).append("</style></head><body>\n")
                .append("<h1>").append(Html.escape(title)).append("</h1>\n<p>Rule set <b>")
                .append(Html.escape(result.ruleSetVersion())).append("</b>: ").append(result.samples())
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
            html.append("<h3>").append(Html.escape(asset.id().value())).append(" <span class=\"muted\">")
                    .append(Html.escape(asset.name())).append(", ").append(asset.machineGroup()).append(' ')
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
            html.append("<tr><td>").append(Html.escape(outcome.truth().asset().value())).append("</td><td>")
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
            html.append("<tr><td>").append(Html.escape(episode.asset().value())).append("</td><td>")
                    .append(episode.failureMode()).append("</td><td>").append(episode.raisedAt()).append("</td><td>")
                    .append(episode.clearedAt().map(Object::toString).orElse("open")).append("</td><td>")
                    .append(episode.peak()).append("</td><td>")
                    .append(Html.escape(evidence(episode)).replace("\n", "<br>")).append("</td></tr>\n");
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
        boolean vibration = signal == SignalType.VIBRATION_VELOCITY;
        ZoneBoundaries zones = ruleSet.zones().boundaries(asset.machineGroup(), asset.support());
        List<double[]> limits = limits(asset, signal, zones);
        // Scaled to the level (bucket means), not to spikes, so the zones stay readable; spikes are clipped.
        double top = Math.max(series.peakMean() * 1.3, limits.stream().mapToDouble(l -> l[0]).max().orElse(0) * 1.1);
        double bottom = 0;
        if (vibration) {
            top = Math.max(top, zones.cd() * 1.3);
        } else {
            double low = Double.MAX_VALUE;
            for (int i = 0; i < series.size(); i++) {
                low = series.has(i) ? Math.min(low, series.min(i)) : low;
            }
            bottom = Math.max(0, Math.floor((low - 5) / 10) * 10);
        }
        Svg svg = new Svg(scan.first(), scan.last(), bottom, top, asset.id().value() + " " + signal.wireName());
        if (vibration) {
            svg.band(0, zones.ab(), "#d9f2d9", "zone A");
            svg.band(zones.ab(), zones.bc(), "#eef6c9", "zone B");
            svg.band(zones.bc(), zones.cd(), "#fde2b8", "zone C");
            svg.band(zones.cd(), top, "#f7c6c6", "zone D");
        }
        for (BacktestEpisode episode : result.episodes()) {
            if (episode.asset().equals(asset.id())) {
                long end = episode.clearedAt().map(java.time.Instant::toEpochMilli).orElse(scan.last());
                svg.span(episode.raisedAt().toEpochMilli(), end, color(episode.peak()), episode.failureMode() + " "
                        + episode.peak() + " from " + episode.raisedAt() + "\n" + evidence(episode));
            }
        }
        drawSeries(svg, series);
        List<String> labels = ruleLabels(asset, signal, zones);
        for (int i = 0; i < limits.size(); i++) {
            svg.limit(limits.get(i)[0], limits.get(i)[1] > 0 ? "#8b0000" : "#c0392b", labels.get(i));
        }
        truth.ifPresent(t -> t.failures().stream().filter(f -> f.asset().equals(asset.id())).forEach(f -> {
            svg.marker(f.onsetAt(t.start()).toEpochMilli(), "#1565c0", true, "onset of " + f.failureMode());
            svg.marker(f.functionalFailureAt(t.start()).toEpochMilli(), "#000", false, "functional failure");
        }));
        svg.axes(signal.unit());
        StringBuilder legend = new StringBuilder();
        for (int i = 0; i < limits.size(); i++) {
            legend.append(i == 0 ? "limits: " : "; ").append(labels.get(i));
        }
        return "<div>" + Html.escape(signal.wireName()) + " (" + signal.unit() + ")<br>\n" + svg.close()
                + "<div class=\"muted\">" + Html.escape(legend.toString()) + "</div></div>\n";
    }

    private static void drawSeries(Svg svg, Series series) {
        StringBuilder band = new StringBuilder();
        StringBuilder line = new StringBuilder();
        int i = 0;
        while (i < series.size()) {
            if (!series.has(i)) {
                i++;
                continue;
            }
            int start = i;
            while (i < series.size() && series.has(i)) {
                i++;
            }
            // One run of consecutive buckets: a min–max band and the mean line; gaps (drop-outs) stay empty.
            for (int j = start; j < i; j++) {
                band.append(j == start ? 'M' : 'L').append(point(svg, series.time(j), series.max(j)));
                line.append(j == start ? 'M' : 'L').append(point(svg, series.time(j), series.mean(j)));
            }
            for (int j = i - 1; j >= start; j--) {
                band.append('L').append(point(svg, series.time(j), series.min(j)));
            }
            band.append('Z');
        }
        svg.path(band.toString(), "none", "#4a6fa5", 0.3);
        svg.path(line.toString(), "#1f3b6e", "none", 0);
    }

    private static String point(Svg svg, long t, double v) {
        return String.format(Locale.ROOT, "%.1f %.1f ", svg.x(t), svg.y(v));
    }

    /** The rule limits on this signal for this asset: {value, 1 when an escalation limit}. */
    private List<double[]> limits(Asset asset, SignalType signal, ZoneBoundaries zones) {
        List<double[]> limits = new ArrayList<>();
        for (Rule rule : applicable(asset, signal)) {
            if (rule instanceof ThresholdRule threshold) {
                limits.add(new double[] {threshold.limit(), 0});
                threshold.escalateLimit().ifPresent(l -> limits.add(new double[] {l, 1}));
            } else if (rule instanceof ZoneRule zone) {
                limits.add(new double[] {zones.lowerLimit(zone.raiseAt()), 0});
                zone.escalateAt().ifPresent(z -> limits.add(new double[] {zones.lowerLimit(z), 1}));
            } else if (rule instanceof ConditionMonitoringRule monitoring) {
                limits.add(new double[] {monitoring.alarmCap() * zones.bc(), 0});
                limits.add(new double[] {monitoring.tripFraction() * zones.cd(), 1});
            }
        }
        return limits;
    }

    private List<String> ruleLabels(Asset asset, SignalType signal, ZoneBoundaries zones) {
        List<String> labels = new ArrayList<>();
        for (Rule rule : applicable(asset, signal)) {
            if (rule instanceof ThresholdRule threshold) {
                String side = threshold.direction() == ThresholdRule.Direction.ABOVE ? " > " : " < ";
                labels.add(rule.id() + side + fmt(threshold.limit()));
                threshold.escalateLimit().ifPresent(l -> labels.add(rule.id() + " escalate" + side + fmt(l)));
            } else if (rule instanceof ZoneRule zone) {
                labels.add(rule.id() + " raise at " + zone.raiseAt() + " (" + fmt(zones.lowerLimit(zone.raiseAt())) + ")");
                zone.escalateAt().ifPresent(z -> labels.add(rule.id() + " escalate at " + z + " ("
                        + fmt(zones.lowerLimit(z)) + ")"));
            } else if (rule instanceof ConditionMonitoringRule monitoring) {
                labels.add(rule.id() + " alarm cap (" + fmt(monitoring.alarmCap() * zones.bc()) + "; the alarm limit "
                        + "follows the learned baseline)");
                labels.add(rule.id() + " trip (" + fmt(monitoring.tripFraction() * zones.cd()) + ")");
            }
        }
        return labels;
    }

    /** Rules on this signal that apply to the asset; of a family only the most specific matching one. */
    private List<Rule> applicable(Asset asset, SignalType signal) {
        List<Rule> matching = ruleSet.rules().stream()
                .filter(r -> r.signal() == signal && r.appliesTo().matches(asset)).toList();
        Set<String> overridden = matching.stream().map(r -> ruleSet.parents().get(r.id()))
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        return matching.stream().filter(r -> !overridden.contains(r.id())).toList();
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String color(Severity severity) {
        return switch (severity) {
            case ADVISORY -> "#5b9bff";
            case WARNING -> "#ffb000";
            case ALARM -> "#ff5a00";
            case TRIP -> "#b00000";
        };
    }
}
