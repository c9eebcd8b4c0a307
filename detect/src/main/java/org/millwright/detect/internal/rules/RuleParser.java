package org.millwright.detect.internal.rules;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;
import org.millwright.detect.AssetFilter;
import org.millwright.detect.ConditionMonitoringRule;
import org.millwright.detect.Rule;
import org.millwright.detect.ThresholdRule;
import org.millwright.detect.ThresholdRule.Direction;
import org.millwright.detect.Zone;
import org.millwright.detect.ZoneRule;
import org.millwright.model.AssetClass;
import org.millwright.model.AssetId;
import org.millwright.model.FailureMode;
import org.millwright.model.Severity;
import org.millwright.model.SignalType;
import org.yaml.snakeyaml.nodes.Node;

/** Parses one entry of {@code rules:}; remembers the ids seen so far to reject duplicates. */
final class RuleParser {
    static final String THRESHOLD = "threshold";
    static final String ZONE = "iso20816-zone";
    static final String MONITORING = "condition-monitoring";

    private static final Pattern ID_FORM = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final List<String> COMMON_KEYS = List.of("id", "extends", "kind", "signal", "failureMode",
            "severity", "escalateSeverity", "minDuration", "clearDuration", "appliesTo");
    private static final List<String> THRESHOLD_KEYS = withCommon("above", "below", "escalateAbove", "escalateBelow",
            "hysteresis");
    private static final List<String> ZONE_KEYS = withCommon("raiseAt", "escalateAt", "clearBelow");
    private static final List<String> MONITORING_KEYS = List.of("id", "extends", "kind", "signal", "failureMode", "window",
            "trendWindow", "maxSamples", "warmUp", "alarmFraction", "alarmCap", "tripFraction", "ewmaLambda",
            "ewmaLimit", "minShiftFraction", "forecastHorizon", "idleBelow", "spikeFactor", "minDuration", "clearDuration",
            "appliesTo");

    private final Source source;
    private final Map<String, Node> ids = new HashMap<>();
    /** The effective mapping of each rule parsed so far, for rules that extend it. */
    private final Map<String, YamlMapping> mappings = new HashMap<>();
    private final Map<String, String> parents = new LinkedHashMap<>();

    RuleParser(Source source) {
        this.source = source;
    }

    Rule parse(Node node, int position) {
        YamlMapping rule = YamlMapping.of(source, node, "rule #" + position);
        Node idNode = rule.required("id");
        String id = source.text(idNode, "'id' of rule #" + position);
        if (!ID_FORM.matcher(id).matches()) {
            throw source.error(idNode, "rule id '" + id + "' must be 1-64 lower-case letters, digits and dashes, "
                    + "not starting with a dash");
        }
        Node first = ids.putIfAbsent(id, idNode);
        if (first != null) {
            throw source.error(idNode, "duplicate rule id '" + id + "' (first on line " + Source.line(first) + ")");
        }
        rule = rule.named("rule '" + id + "'");
        if (rule.has("extends")) {
            Node baseNode = rule.required("extends");
            String base = source.text(baseNode, rule.describeKey("extends"));
            YamlMapping baseRule = mappings.get(base);
            if (baseRule == null) {
                throw source.error(baseNode, "rule '" + id + "' extends '" + base + "', which is not a rule above it");
            }
            rule = rule.inherit(baseRule, List.of("id", "extends", "appliesTo"));
            parents.put(id, base);
        }
        mappings.put(id, rule);
        Node kindNode = rule.required("kind");
        String kind = source.text(kindNode, rule.describeKey("kind"));
        try {
            switch (kind) {
                case THRESHOLD:
                    rule.allowOnly(THRESHOLD_KEYS);
                    return threshold(rule, id);
                case ZONE:
                    rule.allowOnly(ZONE_KEYS);
                    return zoneRule(rule, id);
                case MONITORING:
                    rule.allowOnly(MONITORING_KEYS);
                    return monitoring(rule, id);
                default:
                    throw source.error(kindNode, "unknown kind '" + kind + "' in rule '" + id + "'; allowed: "
                            + THRESHOLD + ", " + ZONE + ", " + MONITORING);
            }
        } catch (IllegalArgumentException e) {
            // the records' own checks, should one not be covered by a more precise message above
            throw source.error(node, "rule '" + id + "': " + e.getMessage(), e);
        }
    }

    /** Rule id → the id of the rule it extends, for the rules parsed so far. */
    Map<String, String> parents() {
        return parents;
    }

    private ThresholdRule threshold(YamlMapping rule, String id) {
        boolean above = rule.has("above");
        if (above && rule.has("below")) {
            throw source.error(rule.keyNode("below"), "rule '" + id + "' has both 'above' and 'below'; give one");
        }
        if (!above && !rule.has("below")) {
            throw source.error(rule.node(), "missing required key 'above' or 'below' in rule '" + id + "'");
        }
        Direction direction = above ? Direction.ABOVE : Direction.BELOW;
        String limitKey = above ? "above" : "below";
        String escalateKey = above ? "escalateAbove" : "escalateBelow";
        String otherEscalateKey = above ? "escalateBelow" : "escalateAbove";
        if (rule.has(otherEscalateKey)) {
            throw source.error(rule.keyNode(otherEscalateKey), "'" + otherEscalateKey + "' does not go with '"
                    + limitKey + "' in rule '" + id + "'; use '" + escalateKey + "'");
        }
        double limit = source.number(rule.required(limitKey), rule.describeKey(limitKey));
        OptionalDouble escalateLimit = OptionalDouble.empty();
        if (rule.has(escalateKey)) {
            Node node = rule.required(escalateKey);
            double escalate = source.number(node, rule.describeKey(escalateKey));
            if (above ? escalate <= limit : escalate >= limit) {
                throw source.error(node, rule.describeKey(escalateKey) + " (" + escalate + ") must be "
                        + limitKey + " '" + limitKey + "' (" + limit + ")");
            }
            escalateLimit = OptionalDouble.of(escalate);
        }
        double hysteresis = 0;
        if (rule.has("hysteresis")) {
            Node node = rule.required("hysteresis");
            hysteresis = source.number(node, rule.describeKey("hysteresis"));
            if (hysteresis < 0) {
                throw source.error(node, rule.describeKey("hysteresis") + " must be zero or more: " + hysteresis);
            }
        }
        Severity severity = severity(rule);
        return new ThresholdRule(id, signal(rule), failureMode(rule), direction, limit, severity, escalateLimit,
                escalateSeverity(rule, severity, escalateLimit.isPresent(), escalateKey), hysteresis,
                duration(rule, "minDuration"), duration(rule, "clearDuration"), appliesTo(rule));
    }

    private ZoneRule zoneRule(YamlMapping rule, String id) {
        Node signalNode = rule.required("signal");
        SignalType signal = signal(rule);
        if (signal != SignalType.VIBRATION_VELOCITY) {
            throw source.error(signalNode, "rule '" + id + "' of kind " + ZONE + " must watch signal '"
                    + SignalType.VIBRATION_VELOCITY.wireName() + "', not '" + signal.wireName() + "'");
        }
        Node raiseNode = rule.required("raiseAt");
        Zone raiseAt = zone(rule, "raiseAt");
        if (raiseAt == Zone.A) {
            throw source.error(raiseNode, rule.describeKey("raiseAt") + " must be B, C or D; zone A is where new "
                    + "machines are");
        }
        Optional<Zone> escalateAt = Optional.empty();
        if (rule.has("escalateAt")) {
            Zone escalate = zone(rule, "escalateAt");
            if (escalate.compareTo(raiseAt) <= 0) {
                throw source.error(rule.required("escalateAt"), rule.describeKey("escalateAt") + " (" + escalate
                        + ") must be a worse zone than 'raiseAt' (" + raiseAt + ")");
            }
            escalateAt = Optional.of(escalate);
        }
        Zone clearBelow = Zone.values()[raiseAt.ordinal() - 1];
        if (rule.has("clearBelow")) {
            clearBelow = zone(rule, "clearBelow");
            if (clearBelow.isAtLeast(raiseAt)) {
                throw source.error(rule.required("clearBelow"), rule.describeKey("clearBelow") + " (" + clearBelow
                        + ") must be a better zone than 'raiseAt' (" + raiseAt + ")");
            }
        }
        Severity severity = severity(rule);
        return new ZoneRule(id, failureMode(rule), raiseAt, severity, escalateAt,
                escalateSeverity(rule, severity, escalateAt.isPresent(), "escalateAt"), clearBelow,
                duration(rule, "minDuration"), duration(rule, "clearDuration"), appliesTo(rule));
    }

    private ConditionMonitoringRule monitoring(YamlMapping rule, String id) {
        Node signalNode = rule.required("signal");
        SignalType signal = signal(rule);
        if (signal != SignalType.VIBRATION_VELOCITY) {
            throw source.error(signalNode, "rule '" + id + "' of kind " + MONITORING + " must watch signal '"
                    + SignalType.VIBRATION_VELOCITY.wireName() + "', not '" + signal.wireName() + "'");
        }
        FailureMode failureMode = failureMode(rule);
        ConditionMonitoringRule d = ConditionMonitoringRule.withDefaults(id, failureMode);
        double maxSamples = number(rule, "maxSamples", d.maxSamples(), 16, 1 << 20);
        if (maxSamples != Math.rint(maxSamples)) {
            throw source.error(rule.required("maxSamples"), rule.describeKey("maxSamples") + " must be a whole number");
        }
        return new ConditionMonitoringRule(id, failureMode, positive(rule, "window", d.window()),
                positive(rule, "trendWindow", d.trendWindow()), (int) maxSamples,
                positive(rule, "warmUp", d.warmUp()),
                number(rule, "alarmFraction", d.alarmFraction(), 0, 10), number(rule, "alarmCap", d.alarmCap(), 0, 10),
                number(rule, "tripFraction", d.tripFraction(), 0, 10), number(rule, "ewmaLambda", d.ewmaLambda(), 0, 1),
                number(rule, "ewmaLimit", d.ewmaLimit(), 0, 100),
                number(rule, "minShiftFraction", d.minShiftFraction(), 0, 10),
                rule.has("forecastHorizon") ? source.duration(rule.required("forecastHorizon"),
                        rule.describeKey("forecastHorizon")) : d.forecastHorizon(),
                rule.has("idleBelow") ? number(rule, "idleBelow", 0, -1, 1e6) : d.idleBelow(),
                number(rule, "spikeFactor", d.spikeFactor(), 1, 1000),
                rule.has("minDuration") ? duration(rule, "minDuration") : d.minDuration(),
                rule.has("clearDuration") ? duration(rule, "clearDuration") : d.clearDuration(), appliesTo(rule));
    }

    /** An optional number in {@code (low, high]}, or its default. */
    private double number(YamlMapping rule, String key, double fallback, double low, double high) {
        if (!rule.has(key)) {
            return fallback;
        }
        Node node = rule.required(key);
        double value = source.number(node, rule.describeKey(key));
        if (!(value > low && value <= high)) {
            throw source.error(node, rule.describeKey(key) + " must be above " + plain(low) + " and at most "
                    + plain(high) + ", found " + plain(value));
        }
        return value;
    }

    private Duration positive(YamlMapping rule, String key, Duration fallback) {
        if (!rule.has(key)) {
            return fallback;
        }
        Node node = rule.required(key);
        Duration duration = source.duration(node, rule.describeKey(key));
        if (duration.isZero()) {
            throw source.error(node, rule.describeKey(key) + " must be positive");
        }
        return duration;
    }

    private SignalType signal(YamlMapping rule) {
        Node node = rule.required("signal");
        String name = source.text(node, rule.describeKey("signal"));
        Optional<SignalType> signal = SignalType.fromWireName(name);
        if (signal.isEmpty()) {
            List<String> known = new ArrayList<>();
            for (SignalType type : SignalType.values()) {
                known.add(type.wireName());
            }
            throw source.error(node, "unknown signal '" + name + "' in " + rule.what() + "; known signals: "
                    + String.join(", ", known));
        }
        return signal.get();
    }

    private FailureMode failureMode(YamlMapping rule) {
        Node node = rule.required("failureMode");
        String code = source.text(node, rule.describeKey("failureMode"));
        try {
            return FailureMode.of(code);
        } catch (IllegalArgumentException e) {
            throw source.error(node, rule.describeKey("failureMode") + " '" + code + "' must be 1-40 lower-case "
                    + "letters, digits and dashes, starting with a letter", e);
        }
    }

    private Severity severity(YamlMapping rule) {
        return rule.has("severity")
                ? source.enumValue(rule.required("severity"), Severity.class, "severity", rule.describeKey("severity"))
                : Severity.WARNING;
    }

    private Optional<Severity> escalateSeverity(YamlMapping rule, Severity severity, boolean escalates,
                                                String escalateKey) {
        if (!escalates) {
            if (rule.has("escalateSeverity")) {
                throw source.error(rule.keyNode("escalateSeverity"), "'escalateSeverity' in " + rule.what()
                        + " needs '" + escalateKey + "'");
            }
            return Optional.empty();
        }
        Severity escalated = Severity.ALARM;
        Node at = rule.has("severity") ? rule.required("severity") : rule.node();
        if (rule.has("escalateSeverity")) {
            at = rule.required("escalateSeverity");
            escalated = source.enumValue(at, Severity.class, "severity", rule.describeKey("escalateSeverity"));
        }
        if (!escalated.isAbove(severity)) {
            throw source.error(at, "escalation severity " + escalated + " of " + rule.what()
                    + " must be above its severity " + severity + (rule.has("escalateSeverity") ? ""
                    : "; set 'escalateSeverity' (default ALARM)"));
        }
        return Optional.of(escalated);
    }

    private Zone zone(YamlMapping rule, String key) {
        return source.enumValue(rule.required(key), Zone.class, "zone", rule.describeKey(key));
    }

    private Duration duration(YamlMapping rule, String key) {
        return rule.has(key) ? source.duration(rule.required(key), rule.describeKey(key)) : Duration.ZERO;
    }

    private AssetFilter appliesTo(YamlMapping rule) {
        if (!rule.has("appliesTo")) {
            return AssetFilter.any();
        }
        YamlMapping filter = YamlMapping.of(source, rule.required("appliesTo"), rule.describeKey("appliesTo"));
        filter.allowOnly(List.of("assetClass", "sites", "assets"));
        Set<AssetClass> classes = new HashSet<>();
        if (filter.has("assetClass")) {
            String where = filter.describeKey("assetClass");
            for (Node item : source.list(filter.required("assetClass"), where)) {
                classes.add(source.enumValue(item, AssetClass.class, "asset class", where));
            }
        }
        Set<AssetId> assets = new HashSet<>();
        if (filter.has("assets")) {
            String where = filter.describeKey("assets");
            for (Node item : source.list(filter.required("assets"), where)) {
                String id = source.text(item, where);
                if (!AssetId.isValid(id)) {
                    throw source.error(item, "asset id '" + id + "' in " + where + " must be 1-64 lower-case "
                            + "letters, digits and dashes");
                }
                assets.add(AssetId.of(id));
            }
        }
        Set<String> sites = new HashSet<>();
        if (filter.has("sites")) {
            String where = filter.describeKey("sites");
            for (Node item : source.list(filter.required("sites"), where)) {
                sites.add(source.text(item, where));
            }
        }
        return new AssetFilter(classes, assets, sites);
    }

    private static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    private static List<String> withCommon(String... keys) {
        List<String> all = new ArrayList<>(COMMON_KEYS);
        all.addAll(List.of(keys));
        return List.copyOf(all);
    }
}
