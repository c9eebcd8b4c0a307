package org.millwright.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.millwright.model.AssetClass;
import org.millwright.model.FailureMode;

/** YAML of {@code kind: condition-monitoring} and {@code coolDown}: values, defaults and line-numbered errors. */
class ConditionMonitoringRulesTest {
    private static final String RULE = """
            version: "m1"
            rules:
              - id: health
                kind: condition-monitoring
                signal: vibration
                failureMode: bearing-wear
            """;

    @Test
    void readsEveryKnobAndTheCoolDown() {
        RuleSet rules = RuleSetLoader.load("""
                version: "m1"
                coolDown: PT15M
                rules:
                  - id: health
                    kind: condition-monitoring
                    signal: vibration
                    failureMode: bearing-wear
                    window: PT5M
                    trendWindow: PT48H
                    maxSamples: 2048
                    warmUp: PT24H
                    alarmFraction: 0.3
                    alarmCap: 1.2
                    tripFraction: 0.9
                    ewmaLambda: 0.1
                    ewmaLimit: 4
                    minShiftFraction: 0.02
                    forecastHorizon: PT48H
                    idleBelow: 0.5
                    spikeFactor: 3
                    minDuration: PT1M
                    clearDuration: PT10M
                    appliesTo: { assetClass: [FAN] }
                """, "m.yaml");

        assertThat(rules.coolDown()).isEqualTo(Duration.ofMinutes(15));
        assertThat(rules.rule("health")).contains(new ConditionMonitoringRule("health", FailureMode.of("bearing-wear"),
                Duration.ofMinutes(5), Duration.ofHours(48), 2048, Duration.ofHours(24), 0.3, 1.2, 0.9, 0.1, 4, 0.02,
                Duration.ofHours(48), 0.5, 3, Duration.ofMinutes(1), Duration.ofMinutes(10),
                new AssetFilter(java.util.Set.of(AssetClass.FAN), java.util.Set.of())));
    }

    @Test
    void fillsTheDocumentedDefaults() {
        assertThat(RuleSetLoader.load(RULE, "m.yaml").rule("health"))
                .contains(ConditionMonitoringRule.withDefaults("health", FailureMode.of("bearing-wear")));
    }

    @Test
    void rejectsAnOutOfRangeKnobNamingItsLine() {
        assertThat(rejected(RULE + "    ewmaLambda: 1.5\n")).hasMessageStartingWith("m.yaml line 7: ")
                .hasMessageContaining("'ewmaLambda' of rule 'health' must be above 0 and at most 1, found 1.5");
        assertThat(rejected(RULE + "    maxSamples: 100.5\n")).hasMessageContaining("line 7")
                .hasMessageContaining("whole number");
        assertThat(rejected(RULE + "    warmUp: PT0S\n")).hasMessageContaining("line 7")
                .hasMessageContaining("'warmUp' of rule 'health' must be positive");
    }

    @Test
    void rejectsKeysOfOtherKindsAndOtherSignals() {
        assertThat(rejected(RULE + "    severity: ALARM\n")).hasMessageContaining("line 7")
                .hasMessageContaining("unknown key 'severity' in rule 'health'");
        assertThat(rejected(RULE.replace("signal: vibration", "signal: current"))).hasMessageContaining("line 5")
                .hasMessageContaining("must watch signal 'vibration'");
    }

    @Test
    void rejectsANegativeCoolDown() {
        assertThat(rejected(RULE.replace("version: \"m1\"", "version: \"m1\"\ncoolDown: -PT1M")))
                .hasMessageContaining("line 2").hasMessageContaining("'coolDown' must not be negative");
    }

    private static RuleSetException rejected(String yaml) {
        return catchThrowableOfType(RuleSetException.class, () -> RuleSetLoader.load(yaml, "m.yaml"));
    }
}
