package org.millwright.console.spi;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the reconciliation panel shows.
 *
 * @param lastRun the most recent run, if any has been requested
 * @param drift current drift, in the order the console should list it; copied
 */
public record ReconciliationView(Optional<ReconciliationRunView> lastRun, List<DriftView> drift) {

    /** Rejects nulls and copies {@code drift}. */
    public ReconciliationView {
        Objects.requireNonNull(lastRun, "lastRun");
        drift = Views.copy(drift, "drift");
    }

    /** Whether the last run is still to finish. */
    public boolean inProgress() {
        return lastRun.map(ReconciliationRunView::inProgress).orElse(false);
    }
}
