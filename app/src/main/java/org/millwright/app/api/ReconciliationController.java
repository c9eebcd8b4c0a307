package org.millwright.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.millwright.app.episodes.EpisodeStore;
import org.millwright.app.reconcile.DriftKind;
import org.millwright.app.reconcile.DriftNotAcknowledgeable;
import org.millwright.app.reconcile.ReconciliationRun;
import org.millwright.app.reconcile.ReconciliationRun.RequestedBy;
import org.millwright.app.reconcile.ReconciliationService;
import org.millwright.model.EpisodeId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/v1/reconciliation")
@Tag(name = "Reconciliation", description = "What the hub believes against what each system of record holds")
public class ReconciliationController {
    private static final String RUNS = "/api/v1/reconciliation/runs/";

    private final ReconciliationService reconciliation;
    private final EpisodeStore episodes;

    public ReconciliationController(ReconciliationService reconciliation, EpisodeStore episodes) {
        this.reconciliation = reconciliation;
        this.episodes = episodes;
    }

    /** An operator's acknowledgement of a drift. */
    public record AcknowledgeRequest(@NotBlank @Size(max = 2000) String note, @Size(max = 200) String by) {
    }

    @PostMapping("/runs")
    @Operation(summary = "Start a reconciliation run now, of every episode in scope or of one episode; 202 with the"
            + " run (a run of the same scope that has not started yet is returned instead of a new one)")
    public ResponseEntity<ReconciliationJson.RunJson> start(@RequestParam(required = false) String episode) {
        Optional<EpisodeId> scope = Optional.ofNullable(episode).map(ReconciliationController::episodeId);
        scope.ifPresent(id -> episodes.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "no episode " + id)));
        ReconciliationRun run = reconciliation.request(RequestedBy.API, scope);
        return ResponseEntity.accepted().location(URI.create(RUNS + run.id()))
                .body(ReconciliationJson.RunJson.of(run, List.of()));
    }

    @GetMapping("/runs")
    @Operation(summary = "The most recent runs first")
    public List<ReconciliationJson.RunJson> runs(@RequestParam(defaultValue = "20") int limit) {
        requireLimit(limit);
        return reconciliation.recentRuns(limit).stream().map(run -> ReconciliationJson.RunJson.of(run, List.of()))
                .toList();
    }

    @GetMapping("/runs/{id}")
    @Operation(summary = "One run: its state, what it counted and the repairs it made")
    public ReconciliationJson.RunJson run(@PathVariable long id) {
        ReconciliationRun run = reconciliation.run(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no reconciliation run " + id));
        return ReconciliationJson.RunJson.of(run, reconciliation.repairsOf(id));
    }

    @GetMapping("/drift")
    @Operation(summary = "Current drift, oldest first, optionally of one episode, system or kind, or only"
            + " (un)acknowledged")
    public List<ReconciliationJson.DriftJson> drift(@RequestParam(required = false) String episode,
                                                    @RequestParam(required = false) String system,
                                                    @RequestParam(required = false) String kind,
                                                    @RequestParam(required = false) Boolean acknowledged,
                                                    @RequestParam(defaultValue = "500") int limit) {
        requireLimit(limit);
        return reconciliation.currentDrift(Optional.ofNullable(episode).map(ReconciliationController::episodeId),
                        Optional.ofNullable(system).filter(s -> !s.isBlank()),
                        Optional.ofNullable(kind).map(ReconciliationController::driftKind),
                        Optional.ofNullable(acknowledged), limit)
                .stream().map(ReconciliationJson.DriftJson::of).toList();
    }

    @PostMapping("/drift/{id}/acknowledge")
    @Operation(summary = "Acknowledge a current drift with a note (audited); it stays listed, marked acknowledged,"
            + " until a run no longer finds it")
    public ReconciliationJson.DriftJson acknowledge(@PathVariable long id,
                                                    @Valid @RequestBody AcknowledgeRequest request) {
        String by = request.by() == null || request.by().isBlank() ? "api" : request.by().strip();
        try {
            return reconciliation.acknowledge(id, by, request.note().strip()).map(ReconciliationJson.DriftJson::of)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no drift " + id));
        } catch (DriftNotAcknowledgeable e) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, e.getMessage());
        }
    }

    private static EpisodeId episodeId(String id) {
        try {
            return EpisodeId.of(id);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "episode: " + e.getMessage());
        }
    }

    private static DriftKind driftKind(String kind) {
        try {
            return DriftKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "kind must be one of "
                    + Arrays.toString(DriftKind.values()) + ", was '" + kind + "'");
        }
    }

    private static void requireLimit(int limit) {
        if (limit < 1 || limit > 1000) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "limit must be between 1 and 1000, was " + limit);
        }
    }
}
