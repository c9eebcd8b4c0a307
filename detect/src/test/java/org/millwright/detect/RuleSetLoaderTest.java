package org.millwright.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.millwright.model.AssetClass;
import org.millwright.model.AssetId;
import org.millwright.model.FailureMode;
import org.millwright.model.MachineGroup;
import org.millwright.model.Severity;
import org.millwright.model.SignalType;
import org.millwright.model.SupportType;

class RuleSetLoaderTest {
    private static final String THRESHOLD_RULE = """
            version: "t1"
            rules:
              - id: temp-high
                kind: threshold
                signal: bearing-temperature
                failureMode: overheating
            """;

    @Test
    void loadsTheShippedRuleSetForPeriodicSampling() {
        RuleSet rules = RuleSetLoader.loadPeriodic();

        assertThat(rules.version()).startsWith("2026-11-26.periodic");
        assertThat(rules.maxGap()).isEqualTo(Duration.ofHours(2));
        assertThat(rules.coolDown()).isEqualTo(Duration.ofHours(24));
        assertThat(rules.rule("bearing-vibration-health")).hasValueSatisfying(rule -> {
            ConditionMonitoringRule health = (ConditionMonitoringRule) rule;
            assertThat(health.window()).isEqualTo(Duration.ofHours(2));
            assertThat(health.trendWindow()).isEqualTo(Duration.ofHours(72));
            assertThat(health.warmUp()).isEqualTo(Duration.ofDays(7));
            assertThat(health.trendWindow().toMinutes() / 5).as("samples at 5 min fit the windows")
                    .isLessThanOrEqualTo(health.maxSamples());
        });
        assertThat(rules.rules()).extracting(Rule::id).containsExactly("bearing-vibration-health",
                "bearing-vibration-zone-d", "bearing-temperature-high");
    }

    @Test
    void loadsTheShippedDefaultRuleSet() {
        RuleSet rules = RuleSetLoader.loadDefault();

        assertThat(rules.version()).isEqualTo("2026-11-25.2");
        assertThat(rules.maxGap()).isEqualTo(Duration.ofSeconds(60));
        assertThat(rules.coolDown()).isEqualTo(Duration.ofMinutes(10));
        assertThat(rules.rule("bearing-vibration-health")).contains(
                ConditionMonitoringRule.withDefaults("bearing-vibration-health", FailureMode.of("bearing-wear")));
        assertThat(rules.zones()).isEqualTo(Iso20816Zones.defaults());
        assertThat(rules.rule("bearing-vibration-zone")).contains(new ZoneRule("bearing-vibration-zone",
                FailureMode.of("bearing-wear"), Zone.C, Severity.WARNING, Optional.of(Zone.D),
                Optional.of(Severity.ALARM), Zone.B, Duration.ofSeconds(10), Duration.ofSeconds(30), AssetFilter.any()));
        assertThat(rules.rule("bearing-temperature-high")).contains(new ThresholdRule("bearing-temperature-high",
                SignalType.BEARING_TEMPERATURE, FailureMode.of("bearing-wear"), ThresholdRule.Direction.ABOVE, 85,
                Severity.WARNING, OptionalDouble.of(95), Optional.of(Severity.ALARM), 5, Duration.ofSeconds(20),
                Duration.ofSeconds(60), new AssetFilter(Set.of(AssetClass.values()), Set.of())));
    }

    @Test
    void readsBelowRulesFiltersBoundariesAndMaxGap() {
        RuleSet rules = RuleSetLoader.load("""
                version: 7
                maxGap: PT2M
                zoneBoundaries:
                  group_2/rigid: [1.0, 2.0, 3.0]
                rules:
                  - id: dry-running
                    kind: threshold
                    signal: current
                    failureMode: dry-running
                    below: 4
                    escalateBelow: 1.5
                    escalateSeverity: TRIP
                    severity: advisory
                    appliesTo: { assetClass: PUMP, assets: [north-l1-pump-01] }
                """, "plant.yaml");

        assertThat(rules.version()).isEqualTo("7");
        assertThat(rules.maxGap()).isEqualTo(Duration.ofMinutes(2));
        assertThat(rules.zones().boundaries(MachineGroup.GROUP_2, SupportType.RIGID))
                .isEqualTo(new ZoneBoundaries(1.0, 2.0, 3.0));
        ThresholdRule rule = (ThresholdRule) rules.rules().get(0);
        assertThat(rule.direction()).isEqualTo(ThresholdRule.Direction.BELOW);
        assertThat(rule.limit()).isEqualTo(4);
        assertThat(rule.escalateLimit()).hasValue(1.5);
        assertThat(rule.severity()).isEqualTo(Severity.ADVISORY);
        assertThat(rule.escalateSeverity()).contains(Severity.TRIP);
        assertThat(rule.minDuration()).isZero();
        assertThat(rule.appliesTo()).isEqualTo(new AssetFilter(Set.of(AssetClass.PUMP),
                Set.of(AssetId.of("north-l1-pump-01"))));
    }

    @Test
    void reportsAnUnknownKeyWithItsLine() {
        RuleSetException error = rejected("""
                version: "t1"
                rules:
                  - id: temp-high
                    kind: threshold
                    signal: bearing-temperature
                    failureMode: overheating
                    abov: 85
                """);

        assertThat(error.line()).isEqualTo(7);
        assertThat(error).hasMessageStartingWith("test.yaml line 7: ")
                .hasMessageContaining("unknown key 'abov' in rule 'temp-high'").hasMessageContaining("above");
    }

    @Test
    void reportsAMissingRequiredKeyAtItsMapping() {
        RuleSetException error = rejected("""
                version: "t1"
                rules:
                  - id: temp-high
                    kind: threshold
                    signal: bearing-temperature
                    above: 85
                """);

        assertThat(error).hasMessageContaining("line 3").hasMessageContaining("missing required key 'failureMode'");
    }

    @Test
    void reportsAThresholdRuleWithoutLimit() {
        assertThat(rejected(THRESHOLD_RULE)).hasMessageContaining("line 3")
                .hasMessageContaining("'above' or 'below'");
    }

    @Test
    void reportsAWrongTypeWithItsLine() {
        assertThat(rejected(THRESHOLD_RULE + "    above: hot\n")).hasMessageContaining("line 7")
                .hasMessageContaining("'above' of rule 'temp-high' must be a number, found the text 'hot'");
        assertThat(rejected("version: \"t1\"\nrules: none\n")).hasMessageContaining("line 2")
                .hasMessageContaining("'rules' must be a list");
    }

    @Test
    void reportsAnUnknownSignal() {
        assertThat(rejected(THRESHOLD_RULE.replace("bearing-temperature", "bearing-temp") + "    above: 85\n"))
                .hasMessageContaining("line 5").hasMessageContaining("unknown signal 'bearing-temp'")
                .hasMessageContaining("bearing-temperature, current");
    }

    @Test
    void reportsAnUnknownSeverity() {
        assertThat(rejected(THRESHOLD_RULE + "    above: 85\n    severity: CRITICAL\n")).hasMessageContaining("line 8")
                .hasMessageContaining("unknown severity 'CRITICAL'").hasMessageContaining("ADVISORY, WARNING, ALARM, TRIP");
    }

    @Test
    void reportsAnUnknownZone() {
        RuleSetException error = rejected("""
                version: "t1"
                rules:
                  - id: vibration
                    kind: iso20816-zone
                    signal: vibration
                    failureMode: bearing-wear
                    raiseAt: E
                """);

        assertThat(error).hasMessageContaining("line 7").hasMessageContaining("unknown zone 'E' in 'raiseAt'");
    }

    @Test
    void reportsAZoneRuleOnAnotherSignal() {
        assertThat(rejected("""
                version: "t1"
                rules:
                  - id: vibration
                    kind: iso20816-zone
                    signal: current
                    failureMode: bearing-wear
                    raiseAt: C
                """)).hasMessageContaining("line 5").hasMessageContaining("must watch signal 'vibration'");
    }

    @Test
    void reportsANegativeDuration() {
        assertThat(rejected(THRESHOLD_RULE + "    above: 85\n    minDuration: PT-5S\n")).hasMessageContaining("line 8")
                .hasMessageContaining("'minDuration' of rule 'temp-high' must not be negative");
        assertThat(rejected(THRESHOLD_RULE + "    above: 85\n    clearDuration: 10s\n")).hasMessageContaining("line 8")
                .hasMessageContaining("not an ISO-8601 duration");
    }

    @Test
    void reportsADuplicateRuleIdAtItsSecondUse() {
        RuleSetException error = rejected(THRESHOLD_RULE + "    above: 85\n" + """
                  - id: temp-high
                    kind: threshold
                    signal: bearing-temperature
                    failureMode: overheating
                    above: 95
                """);

        assertThat(error).hasMessageContaining("line 8").hasMessageContaining("duplicate rule id 'temp-high' (first on line 3)");
    }

    @Test
    void reportsADuplicateKey() {
        assertThat(rejected(THRESHOLD_RULE + "    above: 85\n    above: 90\n")).hasMessageContaining("line 8")
                .hasMessageContaining("duplicate key 'above'");
    }

    @Test
    void reportsInconsistentLimits() {
        assertThat(rejected(THRESHOLD_RULE + "    above: 85\n    escalateAbove: 80\n")).hasMessageContaining("line 8")
                .hasMessageContaining("must be above 'above'");
        assertThat(rejected(THRESHOLD_RULE + "    above: 85\n    escalateBelow: 80\n")).hasMessageContaining("line 8")
                .hasMessageContaining("'escalateBelow' does not go with 'above'");
        assertThat(rejected(THRESHOLD_RULE + "    above: 85\n    hysteresis: -1\n")).hasMessageContaining("line 8")
                .hasMessageContaining("zero or more");
        assertThat(rejected(THRESHOLD_RULE + "    above: 85\n    escalateAbove: 90\n    severity: ALARM\n"))
                .hasMessageContaining("line 9").hasMessageContaining("must be above its severity ALARM");
    }

    @Test
    void reportsYamlSyntaxErrorsWithTheirLine() {
        RuleSetException error = rejected("version: \"t1\"\nrules:\n  - id: [unclosed\n");

        assertThat(error.line()).isPositive();
        assertThat(error).hasMessageContaining("test.yaml line").hasMessageContaining("not valid YAML");
        assertThat(rejected("")).hasMessageContaining("line 1").hasMessageContaining("empty");
    }

    @Test
    void reportsAMalformedZoneBoundaryOverride() {
        assertThat(rejected("version: 1\nzoneBoundaries:\n  GROUP_3/RIGID: [1, 2, 3]\nrules: []\n"))
                .hasMessageContaining("line 3").hasMessageContaining("GROUP_2/FLEXIBLE");
        assertThat(rejected("version: 1\nzoneBoundaries:\n  GROUP_1/RIGID: [3, 2, 1]\nrules: []\n"))
                .hasMessageContaining("line 3").hasMessageContaining("rise strictly");
    }

    private static RuleSetException rejected(String yaml) {
        RuleSetException error = catchThrowableOfType(RuleSetException.class,
                () -> RuleSetLoader.load(yaml, "test.yaml"));
        assertThat(error).as("expected the rule set to be rejected").isNotNull();
        assertThat(error.sourceName()).isEqualTo("test.yaml");
        return error;
    }
}
