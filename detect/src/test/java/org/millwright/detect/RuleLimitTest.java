package org.millwright.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.millwright.model.AssetClass;
import org.millwright.model.MachineGroup;
import org.millwright.model.SignalType;
import org.millwright.model.SupportType;

/** The limits drawn beside a signal: of the rules that apply to the asset, with a learned baseline when there is one. */
class RuleLimitTest {
    private static final RuleSet RULES = RuleSetLoader.load("""
            version: limits-1
            rules:
              - id: zone
                kind: iso20816-zone
                signal: vibration
                failureMode: bearing-wear
                raiseAt: C
                escalateAt: D
              - id: health
                kind: condition-monitoring
                signal: vibration
                failureMode: bearing-wear
              - id: hot
                kind: threshold
                signal: bearing-temperature
                failureMode: bearing-wear
                above: 85
                escalateAbove: 95
              - id: hot-pumps
                extends: hot
                above: 80
                appliesTo: { assetClass: [PUMP] }
            """, "limits.yaml");

    @Test
    void vibrationLimitsAreTheZoneBoundariesAndTheConditionMonitoringAlarmCapAndTrip() {
        // group 2 rigid: B/C 2.8, C/D 4.5
        List<RuleLimit> limits = RuleLimit.of(RULES, Feed.motor(MachineGroup.GROUP_2, SupportType.RIGID),
                SignalType.VIBRATION_VELOCITY, OptionalDouble.empty());

        assertThat(limits).extracting(RuleLimit::label).containsExactly("zone raise at C (2.8)",
                "zone escalate at D (4.5)", "health alarm cap (3.5; the alarm limit follows the learned baseline)",
                "health trip (4.5)");
        assertThat(limits).extracting(RuleLimit::value).containsExactly(2.8, 4.5, 3.5, 4.5);
        assertThat(limits).extracting(RuleLimit::escalation).containsExactly(false, true, false, true);
    }

    @Test
    void withALearnedBaselineTheAlarmLimitIsTheOneInForce() {
        List<RuleLimit> limits = RuleLimit.of(RULES, Feed.motor(MachineGroup.GROUP_2, SupportType.RIGID),
                SignalType.VIBRATION_VELOCITY, OptionalDouble.of(1.5));

        assertThat(limits.get(2).value()).isEqualTo(1.5 + 0.25 * 2.8);
        assertThat(limits.get(2).label()).isEqualTo("health alarm (2.2: baseline 1.5 + 25.0 % of B/C, at most 3.5)");
    }

    @Test
    void onlyTheMostSpecificRuleOfAFamilyGivesLimits() {
        var pump = Feed.asset("north-l1-pump-01", AssetClass.PUMP, MachineGroup.GROUP_2, SupportType.RIGID);

        assertThat(RuleLimit.of(RULES, pump, SignalType.BEARING_TEMPERATURE, OptionalDouble.empty()))
                .extracting(RuleLimit::label).containsExactly("hot-pumps > 80.0", "hot-pumps escalate > 95.0");
        assertThat(RuleLimit.of(RULES, Feed.motor(MachineGroup.GROUP_1, SupportType.RIGID),
                SignalType.BEARING_TEMPERATURE, OptionalDouble.empty())).extracting(RuleLimit::ruleId)
                .containsExactly("hot", "hot");
        assertThat(RULES.rulesFor(pump)).extracting(Rule::id).containsExactly("zone", "health", "hot-pumps");
    }
}
