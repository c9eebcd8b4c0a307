package org.millwright.app.reconcile;

import java.util.Objects;
import org.millwright.orchestrate.Step;

/**
 * A safe repair: the hub's ledger row of a creating step is PENDING (the answer never arrived) while the system holds
 * the record carrying the episode key, so the row is completed with what the system holds, as the workflow's own
 * lookup-before-create would do when it runs the step again.
 *
 * @param ledgerResult what the ledger row is completed with (the record id, or the encoded reservation)
 */
public record Repair(Step step, String system, String recordId, String ledgerResult) {
    public Repair {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(ledgerResult, "ledgerResult");
    }
}
