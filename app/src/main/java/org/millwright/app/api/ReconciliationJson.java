package org.millwright.app.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.millwright.app.reconcile.Drift;
import org.millwright.app.reconcile.ReconciliationRun;

/** Reconciliation runs and drift as the API shows them. */
final class ReconciliationJson {
    private ReconciliationJson() {
    }

    /** A run; {@code repairs} only in the single-run view. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RunJson(long id,
                          @Schema(allowableValues = {"SCHEDULE", "API", "CONSOLE"}) String requestedBy,
                          @Schema(description = "the one episode reconciled; absent when every episode in scope was")
                          String episodeId,
                          @Schema(allowableValues = {"QUEUED", "RUNNING", "SUCCEEDED", "FAILED"}) String state,
                          Instant requestedAt, Instant startedAt, Instant finishedAt,
                          int episodesChecked,
                          @Schema(description = "episodes whose hub side changed while they were checked, left for"
                                  + " the next run") int episodesSkipped,
                          int driftFound, int repaired, String error, List<DriftJson> repairs) {
        static RunJson of(ReconciliationRun run, List<Drift> repairs) {
            return new RunJson(run.id(), run.requestedBy().name(), run.episode().map(Object::toString).orElse(null),
                    run.state().name(), run.requestedAt(), run.startedAt().orElse(null),
                    run.finishedAt().orElse(null), run.episodesChecked(), run.episodesSkipped(), run.driftFound(),
                    run.repaired(), run.error().orElse(null),
                    run.state().finished() ? repairs.stream().map(DriftJson::of).toList() : null);
        }
    }

    /** A drift; the acknowledgement fields are absent until an operator acknowledges it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DriftJson(long id,
                            @Schema(example = "EP-7F3A9C2E11AB") String episodeId,
                            @Schema(example = "eam") String system,
                            @Schema(allowableValues = {"notification", "reservation", "purchaseRequisition",
                                    "maintenanceWindow", "assignment", "equipment", "workflow"}) String record,
                            @Schema(example = "10000042") String recordId,
                            @Schema(allowableValues = {"MISSING_IN_SYSTEM", "STATUS_MISMATCH", "UNRECORDED_IN_HUB",
                                    "UNREACHABLE"}) String kind,
                            String detail, long firstSeenRun, long lastSeenRun, Instant firstSeenAt,
                            Instant lastSeenAt, Instant resolvedAt,
                            @Schema(allowableValues = {"NOT_SEEN_AGAIN", "REPAIRED", "OUT_OF_SCOPE"}) String resolution,
                            boolean acknowledged, String acknowledgedBy, Instant acknowledgedAt,
                            String acknowledgement) {
        static DriftJson of(Drift drift) {
            var ack = drift.acknowledgement();
            return new DriftJson(drift.id(), drift.episode().value(), drift.system(), drift.record(),
                    drift.recordId().orElse(null), drift.kind().name(), drift.detail(), drift.firstSeenRun(),
                    drift.lastSeenRun(), drift.firstSeenAt(), drift.lastSeenAt(), drift.resolvedAt().orElse(null),
                    drift.resolution().orElse(null), ack.isPresent(), ack.map(Drift.Acknowledgement::by).orElse(null),
                    ack.map(Drift.Acknowledgement::at).orElse(null), ack.map(Drift.Acknowledgement::note).orElse(null));
        }
    }
}
