package org.millwright.detect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.millwright.detect.internal.rules.RuleSetParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a {@link RuleSet} from YAML. The default rule set shipped with the product is the classpath resource
 * {@value #DEFAULT_RESOURCE}, which also serves as the annotated example of the schema:
 *
 * <pre>{@code
 * version: "2026-11-25.1"        # required; travels in every condition event
 * maxGap: PT60S                  # optional (default PT60S); a longer gap between samples restarts duration timers
 * coolDown: PT10M                # optional (default PT0S); cleared conditions stay open this long; a re-raise joins
 * zoneBoundaries:                # optional; overrides the ISO 20816-3 defaults, mm/s RMS [A/B, B/C, C/D]
 *   GROUP_2/FLEXIBLE: [2.3, 4.5, 7.1]
 * rules:                         # required; a list, may be empty
 *   - id: bearing-vibration-zone # required; lower-case letters, digits, dashes; unique
 *     kind: iso20816-zone        # required; iso20816-zone, threshold or condition-monitoring
 *     signal: vibration          # required; a signal wire name (zone rules: vibration only)
 *     failureMode: bearing-wear  # required; ISO 14224-style failure mode code
 *     raiseAt: C                 # zone rules, required; B, C or D
 *     escalateAt: D              # zone rules, optional; worse than raiseAt
 *     clearBelow: B              # zone rules, optional (default: the zone below raiseAt); clear when in this zone or better
 *     severity: WARNING          # optional (default WARNING); ADVISORY, WARNING, ALARM, TRIP
 *     escalateSeverity: ALARM    # optional (default ALARM) when the rule escalates; above severity
 *     minDuration: PT10S         # optional (default PT0S); ISO-8601; how long raise/escalate must hold
 *     clearDuration: PT30S       # optional (default PT0S); how long clear must hold
 *     appliesTo:                 # optional; all lists optional, an asset must match every list given
 *       assetClass: [MOTOR, FAN]
 *       sites: [north]           # ISA-95 site
 *       assets: [north-l1-motor-01]
 *   - id: bearing-temperature-high
 *     kind: threshold
 *     signal: bearing-temperature
 *     failureMode: bearing-wear
 *     above: 85                  # threshold rules: exactly one of above / below (a number, in the signal's unit)
 *     escalateAbove: 95          # optional; escalateBelow goes with below
 *     hysteresis: 5              # optional (default 0); clear when below above - hysteresis (above + for below)
 *   - id: bearing-temperature-north
 *     extends: bearing-temperature-high  # inherits every key but id and appliesTo; the most specific matching
 *     above: 90                  # rule of a family applies to an asset (and only to assets its ancestors match)
 *     appliesTo: { sites: [north] }
 *   - id: bearing-vibration-health
 *     kind: condition-monitoring # vibration only; every knob optional, see ConditionMonitoringRule and the
 *     signal: vibration          # annotated default rule set: window, trendWindow, maxSamples, warmUp,
 *     failureMode: bearing-wear  # alarmFraction, alarmCap, tripFraction, ewmaLambda, ewmaLimit, minShiftFraction,
 *                                # forecastHorizon, idleBelow, spikeFactor, minDuration, clearDuration, appliesTo
 * }</pre>
 *
 * Every problem is reported as a {@link RuleSetException} naming the source and the line: YAML syntax, unknown
 * or duplicate keys, missing required keys, wrong types, unknown signals, zones, severities or asset classes,
 * negative durations, inconsistent limits, out-of-range condition-monitoring knobs and duplicate rule ids. To swap
 * rule sets at runtime without losing the one in force on an error, use {@link ActiveRuleSet}.
 */
public final class RuleSetLoader {
    /** The classpath resource of the default rule set (samples every few seconds). */
    public static final String DEFAULT_RESOURCE = "/rules/default-rules.yaml";
    /**
     * The classpath resource of the rule set for vibration sampled every 1 to 15 minutes (wireless sensors, periodic
     * online surveys): longer windows, gaps and durations, two weeks of baseline learning.
     */
    public static final String PERIODIC_RESOURCE = "/rules/periodic-rules.yaml";

    private static final Logger log = LoggerFactory.getLogger(RuleSetLoader.class);

    private RuleSetLoader() {
    }

    /**
     * Parses a rule set.
     *
     * @param yaml       the YAML text
     * @param sourceName where the text came from, for error messages (e.g. a file name)
     * @throws RuleSetException when the text is not a valid rule set
     */
    public static RuleSet load(String yaml, String sourceName) {
        RuleSet ruleSet = RuleSetParser.parse(yaml, sourceName);
        log.info("Loaded rule set {} from {}: {} rules", ruleSet.version(), sourceName, ruleSet.rules().size());
        return ruleSet;
    }

    /**
     * Reads and parses a rule set file (UTF-8).
     *
     * @throws RuleSetException     when the file is not a valid rule set
     * @throws UncheckedIOException when the file cannot be read
     */
    public static RuleSet load(Path file) {
        try {
            return load(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule set " + file, e);
        }
    }

    /** The default rule set shipped with the product ({@value #DEFAULT_RESOURCE}). */
    public static RuleSet loadDefault() {
        return loadResource(DEFAULT_RESOURCE);
    }

    /** The shipped rule set for vibration sampled every few minutes ({@value #PERIODIC_RESOURCE}). */
    public static RuleSet loadPeriodic() {
        return loadResource(PERIODIC_RESOURCE);
    }

    private static RuleSet loadResource(String resource) {
        try (InputStream in = RuleSetLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("shipped rule set missing from the classpath: " + resource);
            }
            return load(new String(in.readAllBytes(), StandardCharsets.UTF_8), "classpath:" + resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
