package org.millwright.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.millwright.app.episodes.EpisodeQueries;
import org.millwright.model.EpisodeId;
import org.millwright.orchestrate.flowable.MaintenanceProcess;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/v1/episodes")
@Tag(name = "Episodes", description = "Conditions on assets and the maintenance workflow each one drives")
public class EpisodeController {
    private final EpisodeQueries queries;
    private final MaintenanceProcess process;

    public EpisodeController(EpisodeQueries queries, MaintenanceProcess process) {
        this.queries = queries;
        this.process = process;
    }

    private static EpisodeId parse(String id) {
        try {
            return EpisodeId.of(id);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    @GetMapping
    @Operation(summary = "Episodes, open ones first, then the most recently opened")
    public List<EpisodeJson> list(@RequestParam(defaultValue = "200") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "limit must be between 1 and 1000, was " + limit);
        }
        return queries.list(limit).stream().map(EpisodeJson::summary).toList();
    }

    @PostMapping("/{id}/retry")
    @Operation(summary = "Retry the failed steps of an episode's workflow (incidents) after fixing their cause; "
            + "steps already done are not repeated")
    public ResponseEntity<EpisodeJson> retry(@PathVariable String id) {
        EpisodeId episode = parse(id);
        if (queries.find(episode).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no episode " + id);
        }
        if (process.retryIncidents(episode) == 0) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "episode " + id + " has no failed step to retry");
        }
        return ResponseEntity.accepted().body(queries.find(episode).map(EpisodeJson::detail).orElseThrow());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One episode with its workflow steps")
    public EpisodeJson get(@PathVariable String id) {
        return queries.find(parse(id)).map(EpisodeJson::detail)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no episode " + id));
    }
}
