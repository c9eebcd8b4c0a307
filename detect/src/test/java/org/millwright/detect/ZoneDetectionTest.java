package org.millwright.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.millwright.model.SignalType.VIBRATION_VELOCITY;

import org.junit.jupiter.api.Test;
import org.millwright.model.ConditionCleared;
import org.millwright.model.ConditionEscalated;
import org.millwright.model.ConditionRaised;
import org.millwright.model.MachineGroup;
import org.millwright.model.Severity;
import org.millwright.model.SupportType;

class ZoneDetectionTest {
    private static final String ZONE_RULES = """
            version: "z1"
            rules:
              - id: bearing-vibration-zone
                kind: iso20816-zone
                signal: vibration
                failureMode: bearing-wear
                raiseAt: C
                escalateAt: D
                clearBelow: B
                minDuration: PT10S
                clearDuration: PT30S
            """;

    @Test
    void raisesEscalatesAndClearsByTheZonesOfTheAssetsGroupAndSupport() {
        Feed feed = Feed.of(ZONE_RULES, Feed.motor(MachineGroup.GROUP_2, SupportType.FLEXIBLE));

        assertThat(feed.hold(0, 10, 5, VIBRATION_VELOCITY, 5.0)).singleElement().isInstanceOfSatisfying(
                ConditionRaised.class, raised -> {
                    assertThat(raised.severity()).isEqualTo(Severity.WARNING);
                    assertThat(raised.evidence().zone()).isEqualTo("C");
                    assertThat(raised.evidence().limit()).isEqualTo(4.5);
                    assertThat(raised.evidence().summary()).isEqualTo(
                            "vibration 5 mm/s RMS in zone C (B/C boundary 4.5 mm/s, group 2 flexible) for 10 s");
                });
        feed.hold(15, 20, 1, VIBRATION_VELOCITY, 7.4);
        assertThat(feed.at(27, VIBRATION_VELOCITY, 7.4)).singleElement().isInstanceOfSatisfying(
                ConditionEscalated.class, escalated -> {
                    assertThat(escalated.to()).isEqualTo(Severity.ALARM);
                    assertThat(escalated.evidence().zone()).isEqualTo("D");
                    assertThat(escalated.evidence().summary()).isEqualTo(
                            "vibration 7.4 mm/s RMS in zone D (C/D boundary 7.1 mm/s, group 2 flexible) for 12 s");
                });
        assertThat(feed.hold(30, 100, 10, VIBRATION_VELOCITY, 5.0)).as("zone C is not clear").isEmpty();
        assertThat(feed.hold(110, 130, 10, VIBRATION_VELOCITY, 4.49)).isEmpty();
        assertThat(feed.at(140, VIBRATION_VELOCITY, 2.0)).singleElement().isInstanceOf(ConditionCleared.class);
    }

    @Test
    void theSameVelocityIsFineOnALargeFlexibleMachine() {
        Feed feed = Feed.of(ZONE_RULES, Feed.motor(MachineGroup.GROUP_1, SupportType.FLEXIBLE));

        assertThat(feed.hold(0, 300, 5, VIBRATION_VELOCITY, 5.0)).isEmpty();
    }

    @Test
    void usesZoneBoundariesOverriddenInTheRuleSet() {
        Feed feed = Feed.of(ZONE_RULES.replace("rules:", "zoneBoundaries:\n  GROUP_1/FLEXIBLE: [2.0, 4.0, 6.0]\nrules:"),
                Feed.motor(MachineGroup.GROUP_1, SupportType.FLEXIBLE));

        assertThat(feed.hold(0, 10, 5, VIBRATION_VELOCITY, 5.0)).singleElement().isInstanceOfSatisfying(
                ConditionRaised.class, raised -> assertThat(raised.evidence().summary())
                        .isEqualTo("vibration 5 mm/s RMS in zone C (B/C boundary 4 mm/s, group 1 flexible) for 10 s"));
    }
}
