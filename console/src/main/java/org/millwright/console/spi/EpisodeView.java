package org.millwright.console.spi;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the episode table.
 *
 * @param id episode id, e.g. {@code EP-7F3A9C2E11AB}
 * @param assetId canonical id of the asset the episode is about
 * @param failureMode failure mode code, e.g. {@code BEARING_WEAR}
 * @param state {@code OPEN}, {@code ESCALATED} or {@code CLOSED}
 * @param severity e.g. {@code WARNING}, {@code ALARM}, {@code TRIP}
 * @param openedAt when the episode was opened
 * @param closedAt when it was closed, if it is
 * @param workflowState state of the maintenance workflow, e.g. {@code RUNNING}; may be empty
 * @param records record numbers per system of record, keyed {@code notification}, {@code reservation},
 *     {@code purchaseRequisition}, {@code maintenanceWindow}, {@code assignment} (other keys are shown as they are);
 *     copied, iteration order kept
 */
public record EpisodeView(String id, String assetId, String failureMode, String state, String severity,
        Instant openedAt, Optional<Instant> closedAt, String workflowState, Map<String, String> records) {

    /** Rejects nulls and copies {@code records} keeping its order. */
    public EpisodeView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(assetId, "assetId");
        Objects.requireNonNull(failureMode, "failureMode");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(closedAt, "closedAt");
        Objects.requireNonNull(workflowState, "workflowState");
        records = Views.orderedCopy(records, "records");
    }
}
