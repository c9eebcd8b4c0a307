package org.millwright.console.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.millwright.console.spi.StepView;

class ViewFormatTest {

    private static final Instant T = Instant.parse("2026-11-25T08:00:00Z");
    private final ViewFormat format = new ViewFormat(ZoneId.of("Europe/Berlin"));

    @Test
    void showsTimesInTheConfiguredZoneAndADashWhenAbsent() {
        assertThat(format.time(T)).isEqualTo("2026-11-25 09:00:00");
        assertThat(format.time(Optional.of(T))).isEqualTo("2026-11-25 09:00:00");
        assertThat(format.time(Optional.empty())).isEqualTo("–");
        assertThat(format.iso(Optional.of(T))).isEqualTo("2026-11-25T08:00:00Z");
    }

    @Test
    void showsNumbersWithFixedDecimalsAndADotWhateverTheLocale() {
        assertThat(format.number(OptionalDouble.of(7.416), 2)).isEqualTo("7.42");
        assertThat(format.number(OptionalDouble.of(64.0), 1)).isEqualTo("64.0");
        assertThat(format.number(OptionalDouble.empty(), 1)).isEqualTo("–");
    }

    @Test
    void turnsStateWordsIntoSafeCssTokens() {
        assertThat(format.token("ESCALATED")).isEqualTo("escalated");
        assertThat(format.token("DEAD_LETTER")).isEqualTo("dead-letter");
        assertThat(format.token("\" onclick=x")).isEqualTo("-onclick-x");
        assertThat(format.token("")).isEqualTo("unknown");
    }

    @Test
    void labelsKnownRecordKeysAndKeepsUnknownOnes() {
        assertThat(format.recordLabel("purchaseRequisition")).isEqualTo("Purchase requisition");
        assertThat(format.recordLabel("maintenanceWindow")).isEqualTo("Maintenance window");
        assertThat(format.recordLabel("qualityCase")).isEqualTo("qualityCase");
    }

    @Test
    void saysHowLongAFinishedStepTook() {
        assertThat(format.took(step(T, T.plusMillis(1250)))).isEqualTo("1.3 s");
        assertThat(format.took(step(T, T.plusSeconds(184)))).isEqualTo("3 min 4 s");
        assertThat(format.took(step(T, T.plusSeconds(2 * 3600 + 60)))).isEqualTo("2 h 1 min");
        assertThat(format.took(new StepView("s", "RUNNING", Optional.of(T), Optional.empty(), 1,
                Optional.empty()))).isEmpty();
    }

    private static StepView step(Instant start, Instant end) {
        return new StepView("s", "DONE", Optional.of(start), Optional.of(end), 1, Optional.empty());
    }
}
