package org.millwright.sandbox.internal.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PlanningRoutesTest {

    @Test
    void startsPriorityOneAtTheEarliestStart() {
        assertThat(PlanningRoutes.startFor(1, Instant.parse("2026-01-01T10:05:30Z")))
                .isEqualTo(Instant.parse("2026-01-01T10:05:30Z"));
    }

    @Test
    void roundsOtherPrioritiesUpToTheFullHour() {
        assertThat(PlanningRoutes.startFor(2, Instant.parse("2026-01-01T10:05:30Z")))
                .isEqualTo(Instant.parse("2026-01-01T11:00:00Z"));
        assertThat(PlanningRoutes.startFor(4, Instant.parse("2026-01-01T23:59:59.001Z")))
                .isEqualTo(Instant.parse("2026-01-02T00:00:00Z"));
    }

    @Test
    void keepsAnEarliestStartThatIsAlreadyOnTheHour() {
        assertThat(PlanningRoutes.startFor(3, Instant.parse("2026-01-01T10:00:00Z")))
                .isEqualTo(Instant.parse("2026-01-01T10:00:00Z"));
    }
}
