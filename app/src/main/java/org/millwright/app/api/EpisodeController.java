package org.millwright.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.millwright.app.episodes.EpisodeQueries;
import org.millwright.model.EpisodeId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/v1/episodes")
@Tag(name = "Episodes", description = "Conditions on assets and the maintenance workflow each one drives")
public class EpisodeController {
    private final EpisodeQueries queries;

    public EpisodeController(EpisodeQueries queries) {
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "Episodes, open ones first, then the most recently opened")
    public List<EpisodeJson> list(@RequestParam(defaultValue = "200") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "limit must be between 1 and 1000, was " + limit);
        }
        return queries.list(limit).stream().map(EpisodeJson::summary).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One episode with its workflow steps")
    public EpisodeJson get(@PathVariable String id) {
        EpisodeId episode;
        try {
            episode = EpisodeId.of(id);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        return queries.find(episode).map(EpisodeJson::detail)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no episode " + id));
    }
}
