package org.millwright.app.reconcile;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.millwright.app.MillwrightProperties;

class ReconciliationSettingsTest {

    @Test
    void zeroOrNegativeDurationsAreRefusedNamingTheSetting() {
        assertThatThrownBy(() -> new MillwrightProperties.Reconciliation(true, Duration.ZERO, Duration.ofDays(7),
                Duration.ofMinutes(1))).hasMessageContaining("millwright.reconciliation.interval");
        assertThatThrownBy(() -> new MillwrightProperties.Reconciliation(true, Duration.ofMinutes(15),
                Duration.ofDays(-1), Duration.ofMinutes(1))).hasMessageContaining("millwright.reconciliation.look-back");
        assertThatThrownBy(() -> new MillwrightProperties.Reconciliation(true, Duration.ofMinutes(15),
                Duration.ofDays(7), Duration.ZERO)).hasMessageContaining("millwright.reconciliation.in-flight-grace");
    }
}
