package org.millwright.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.millwright.model.Asset;
import org.millwright.model.ConditionCleared;
import org.millwright.model.ConditionEscalated;
import org.millwright.model.ConditionEvent;
import org.millwright.model.ConditionRaised;
import org.millwright.model.MachineGroup;
import org.millwright.model.Quality;
import org.millwright.model.Severity;
import org.millwright.model.Signal;
import org.millwright.model.SignalType;
import org.millwright.model.SupportType;

/** Backtesting: offline, the same samples give the same episodes as the live detector. */
class BacktestTest {
    private static final Asset MOTOR = Feed.motor(MachineGroup.GROUP_2, SupportType.FLEXIBLE);
    private static final String TOPIC = "acme/north/assembly/line-1/north-l1-motor-01/";

    /**
     * The demo degradation, 1 sample/s: from half of B/C into zone C within about a minute, into D within two, then
     * repaired; long enough for the default rules' cool-down to pass.
     */
    private static List<Signal> recordedDegradation() {
        List<Signal> samples = new ArrayList<>();
        for (int s = 0; s < 1000; s++) {
            double vibration = s < 150 ? 2.25 + s * 0.035 : 1.5;
            Instant at = Feed.T0.plusMillis(s * 1000L + 123);
            samples.add(new Signal(MOTOR.id(), SignalType.VIBRATION_VELOCITY, vibration, at,
                    s == 40 ? Quality.BAD : Quality.GOOD));
            samples.add(new Signal(MOTOR.id(), SignalType.BEARING_TEMPERATURE, 60 + s * 0.01, at, Quality.GOOD));
        }
        return samples;
    }

    private static List<ConditionEvent> live(RuleSet rules, List<Signal> samples) {
        Detector detector = new Detector(rules);
        AssetState state = detector.newState(MOTOR);
        List<ConditionEvent> events = new ArrayList<>();
        for (Signal sample : samples) {
            events.addAll(detector.onSignal(state, sample));
        }
        return events;
    }

    @Test
    void aJsonLinesRecordingReproducesTheLiveEpisodes() {
        RuleSet rules = RuleSetLoader.loadDefault();
        List<Signal> samples = recordedDegradation();
        StringBuilder recording = new StringBuilder();
        for (Signal s : samples) {
            recording.append(String.format(Locale.ROOT,
                    "{\"topic\":\"%s%s\",\"payload\":{\"ts\":\"%s\",\"value\":%s,\"unit\":\"%s\",\"seq\":1,"
                            + "\"quality\":\"%s\"}}%n", TOPIC, s.type().wireName(), s.observedAt(), s.value(),
                    s.type().unit(), s.quality()));
        }

        BacktestResult result = Backtest.run(rules, List.of(MOTOR), new StringReader(recording.toString()),
                RecordingFormat.JSON_LINES);

        List<ConditionEvent> live = live(rules, samples);
        assertThat(live).hasSize(3);
        assertThat(live.get(0).at()).as("raised about a minute in").isBefore(Feed.T0.plusSeconds(80));
        assertThat(live.get(1).at()).as("escalated within two").isBefore(Feed.T0.plusSeconds(150));
        assertThat(result.events()).isEqualTo(live);
        assertThat(result.samples()).isEqualTo(samples.size());
        assertThat(result.skipped()).isZero();
        assertThat(result.ruleSetVersion()).isEqualTo(rules.version());
        assertThat(result.episodes()).singleElement().satisfies(episode -> {
            assertThat(episode.peak()).isEqualTo(Severity.ALARM);
            assertThat(episode.transitions()).hasExactlyElementsOfTypes(ConditionRaised.class,
                    ConditionEscalated.class, ConditionCleared.class);
            assertThat(episode.clearedAt()).contains(live.get(2).at());
        });
    }

    @Test
    void aCsvRecordingGivesTheSameEventsAndReportsBadLinesByNumber() {
        RuleSet rules = RuleSetLoader.loadDefault();
        List<Signal> samples = recordedDegradation();
        StringBuilder csv = new StringBuilder("ts,topic,value,quality\n");
        for (Signal s : samples) {
            csv.append(s.observedAt()).append(',').append(TOPIC).append(s.type().wireName()).append(',')
                    .append(s.value()).append(',').append(s.quality()).append('\n');
        }
        csv.append("2026-11-25T09:00:00Z,acme/x/y/z/unknown-motor/vibration,1.0,GOOD\n");
        csv.append("yesterday,").append(TOPIC).append("vibration,1.0,GOOD\n");

        BacktestResult result = Backtest.run(rules, List.of(MOTOR), new StringReader(csv.toString()),
                RecordingFormat.CSV);

        assertThat(result.events()).isEqualTo(live(rules, samples));
        assertThat(result.skipped()).isEqualTo(2);
        int last = samples.size() + 3;
        assertThat(result.problems()).containsExactly("line " + (last - 1) + ": unknown asset 'unknown-motor'",
                "line " + last + ": ts 'yesterday' is not an ISO-8601 UTC instant");
    }
}
