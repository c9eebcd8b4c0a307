package org.millwright.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.millwright.model.Asset;
import org.millwright.model.AssetClass;
import org.millwright.model.AssetId;
import org.millwright.model.ConditionEvent;
import org.millwright.model.ConditionRaised;
import org.millwright.model.Isa95Location;
import org.millwright.model.MachineGroup;
import org.millwright.model.SignalType;
import org.millwright.model.SupportType;

/** Rules per asset class, specialized per site and per asset with {@code extends}: the most specific applies. */
class RuleInheritanceTest {
    private static final String RULES = """
            version: "i1"
            rules:
              - id: hot
                kind: threshold
                signal: bearing-temperature
                failureMode: overheating
                above: 85
                hysteresis: 5
                appliesTo: { assetClass: [MOTOR] }
              - id: hot-north
                extends: hot
                above: 90
                appliesTo: { sites: [north] }
              - id: hot-motor-07
                extends: hot-north
                above: 95
                appliesTo: { assets: [north-l1-motor-07] }
            """;
    private static final RuleSet RULE_SET = RuleSetLoader.load(RULES, "inherit.yaml");

    private static Asset motor(String id, String site) {
        return new Asset(AssetId.of(id), id, AssetClass.MOTOR, new Isa95Location("acme", site, "assembly", "l1"),
                MachineGroup.GROUP_2, SupportType.FLEXIBLE);
    }

    /** The rule ids that raise at each temperature, one fresh state per temperature. */
    private static String firstRaise(Asset asset, double... temperatures) {
        for (double temperature : temperatures) {
            Feed feed = new Feed(new Detector(RULE_SET), asset);
            List<ConditionEvent> events = feed.at(0, SignalType.BEARING_TEMPERATURE, temperature);
            if (!events.isEmpty()) {
                return ((ConditionRaised) events.get(0)).evidence().ruleId() + "@" + temperature;
            }
        }
        return "none";
    }

    @Test
    void theMostSpecificMatchingRuleOfAFamilyApplies() {
        assertThat(firstRaise(motor("south-l1-motor-01", "south"), 86, 91, 96)).isEqualTo("hot@86.0");
        assertThat(firstRaise(motor("north-l1-motor-01", "north"), 86, 91, 96)).isEqualTo("hot-north@91.0");
        assertThat(firstRaise(motor("north-l1-motor-07", "north"), 86, 91, 96)).isEqualTo("hot-motor-07@96.0");
        assertThat(firstRaise(motor("south-l1-motor-07", "south"), 86, 91, 96)).isEqualTo("hot@86.0");
    }

    @Test
    void aDerivedRuleInheritsEveryKeyItDoesNotOverride() {
        ThresholdRule north = (ThresholdRule) RULE_SET.rule("hot-north").orElseThrow();

        assertThat(north.signal()).isEqualTo(SignalType.BEARING_TEMPERATURE);
        assertThat(north.hysteresis()).isEqualTo(5);
        assertThat(north.limit()).isEqualTo(90);
        assertThat(north.appliesTo().sites()).containsExactly("north");
        assertThat(RULE_SET.parents()).containsEntry("hot-north", "hot").containsEntry("hot-motor-07", "hot-north");
    }

    @Test
    void extendingARuleThatIsNotAboveIsRejectedWithItsLine() {
        RuleSetException error = catchThrowableOfType(RuleSetException.class, () -> RuleSetLoader.load("""
                version: "i2"
                rules:
                  - id: hot-north
                    extends: hot
                    above: 90
                """, "bad.yaml"));

        assertThat(error).hasMessage("bad.yaml line 4: rule 'hot-north' extends 'hot', which is not a rule above it");
    }
}
