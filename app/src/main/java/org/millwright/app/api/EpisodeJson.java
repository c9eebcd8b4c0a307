package org.millwright.app.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.millwright.app.episodes.EpisodeView;
import org.millwright.app.episodes.StepRow;
import org.millwright.app.json.ModelModule;
import tools.jackson.databind.JsonNode;

/** An episode as the API shows it; {@code steps} only in the single-episode view. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EpisodeJson(
        @Schema(example = "EP-7F3A9C2E11AB") String id,
        @Schema(example = "north-l1-motor-01") String assetId,
        @Schema(example = "bearing-wear") String failureMode,
        @Schema(allowableValues = {"OPEN", "ESCALATED", "CLOSED"}) String state,
        @Schema(allowableValues = {"ADVISORY", "WARNING", "ALARM", "TRIP"}) String severity,
        Instant openedAt, Instant escalatedAt, Instant clearedAt, Instant closedAt,
        @Schema(allowableValues = {"STARTED", "RUNNING", "RETRYING", "INCIDENT", "WAITING_FOR_SYSTEM",
                "WAITING_FOR_COMPLETION", "COMPLETED"})
        String workflowState,
        String ruleSetVersion,
        @Schema(description = "ids created in systems of record: notification, reservation or purchaseRequisition, "
                + "maintenanceWindow, assignment; a key is absent until its record exists",
                example = "{\"notification\":\"10000001\",\"reservation\":\"RES-0000001\"}")
        Map<String, String> records,
        List<String> evidence,
        List<StepJson> steps) {

    /** One workflow step; a failed or waiting step says why, which system, and the exact request it sent. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StepJson(@Schema(example = "create-notification") String name,
                           @Schema(allowableValues = {"RUNNING", "WAITING", "DONE", "FAILED"}) String state,
                           Instant startedAt, Instant endedAt, int attempts, String outcome, String error,
                           FailureJson failure) {
        static StepJson of(StepRow step) {
            return new StepJson(step.name(), step.state(), step.startedAt(), step.endedAt().orElse(null),
                    step.attempts(), step.outcome().orElse(null), step.error().orElse(null),
                    step.failure().map(FailureJson::of).orElse(null));
        }
    }

    /** The last failure of a step that has not succeeded since. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FailureJson(
            @Schema(allowableValues = {"RETRIABLE", "PERMANENT", "SYSTEM_UNAVAILABLE", "INTERNAL"}) String kind,
            @Schema(example = "eam") String system,
            @Schema(description = "the system of record's own error text", example = "priority must be 1 to 4")
            String upstreamMessage,
            @Schema(description = "the request the step sent, in the canonical model") JsonNode request) {
        static FailureJson of(StepRow.Failure failure) {
            return new FailureJson(failure.kind(), failure.system().orElse(null),
                    failure.upstreamMessage().orElse(null), ModelModule.MAPPER.readTree(failure.request()));
        }
    }

    static EpisodeJson summary(EpisodeView view) {
        return of(view, null);
    }

    static EpisodeJson detail(EpisodeView view) {
        return of(view, view.steps().stream().map(StepJson::of).toList());
    }

    private static EpisodeJson of(EpisodeView view, List<StepJson> steps) {
        var e = view.episode();
        return new EpisodeJson(e.id().value(), e.asset().value(), e.failureMode().code(), e.state().name(),
                e.severity().name(), e.openedAt(), e.escalatedAt().orElse(null), e.clearedAt().orElse(null),
                e.closedAt().orElse(null), view.workflowState().name(), e.ruleSetVersion(), view.records(),
                e.evidence(), steps);
    }
}
