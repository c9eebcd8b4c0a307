package org.millwright.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.millwright.model.ConditionCleared;
import org.millwright.model.ConditionEscalated;
import org.millwright.model.ConditionRaised;
import org.millwright.model.FailureMode;
import org.millwright.model.MachineGroup;
import org.millwright.model.Severity;
import org.millwright.model.SignalType;
import org.millwright.model.SupportType;

/** Cool-down: a condition that raises again shortly after clearing is the same episode, and the flap is counted. */
class EpisodeCoolDownTest {
    private static final SignalType T = SignalType.BEARING_TEMPERATURE;
    private static final FailureMode WEAR = FailureMode.of("bearing-wear");

    private final Feed feed = Feed.of("""
            version: c1
            coolDown: PT5M
            rules:
              - id: hot
                kind: threshold
                signal: bearing-temperature
                failureMode: bearing-wear
                above: 85
                escalateAbove: 95
                hysteresis: 5
                clearDuration: PT30S
            """, Feed.motor(MachineGroup.GROUP_2, SupportType.FLEXIBLE));

    @Test
    void aReRaiseWithinTheCoolDownJoinsTheOpenEpisodeAndIsCounted() {
        assertThat(feed.at(0, T, 90)).singleElement().isInstanceOf(ConditionRaised.class);
        assertThat(feed.hold(10, 100, 10, T, 70)).as("clear held, but the cool-down runs").isEmpty();
        assertThat(feed.hold(110, 150, 10, T, 90)).as("back within the cool-down: no second raise").isEmpty();
        assertThat(feed.hold(160, 250, 10, T, 70)).isEmpty();
        assertThat(feed.at(260, T, 96)).singleElement().isInstanceOfSatisfying(ConditionEscalated.class,
                escalated -> assertThat(escalated.to()).isEqualTo(Severity.ALARM));

        assertThat(feed.state.suppressedReopens(WEAR)).isEqualTo(2);
        assertThat(feed.events).filteredOn(ConditionRaised.class::isInstance).hasSize(1);
        assertThat(feed.state.activeSeverity(WEAR)).contains(Severity.ALARM);
    }

    @Test
    void clearsOnceTheCoolDownHasPassedWithoutARaise() {
        feed.at(0, T, 90);
        assertThat(feed.hold(10, 330, 10, T, 70)).isEmpty();

        // clear region from 10 s, rule inactive after 30 s at 40 s, cool-down of 5 min ends at 340 s
        assertThat(feed.at(340, T, 70)).singleElement().isInstanceOfSatisfying(ConditionCleared.class,
                cleared -> assertThat(cleared.at()).isEqualTo(Feed.T0.plusSeconds(340)));
        assertThat(feed.at(350, T, 90)).singleElement().isInstanceOf(ConditionRaised.class);
        assertThat(feed.state.suppressedReopens(WEAR)).isZero();
    }
}
