package org.millwright.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.millwright.app.episodes.EpisodeQueries;
import org.millwright.app.episodes.EpisodeReplay;
import org.millwright.model.EpisodeId;
import org.millwright.orchestrate.EquipmentFacts;
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
@RequestMapping("/api/v1/episodes")
@Tag(name = "Episodes", description = "Conditions on assets and the maintenance workflow each one drives")
public class EpisodeController {
    private final EpisodeQueries queries;
    private final EpisodeReplay replay;

    public EpisodeController(EpisodeQueries queries, EpisodeReplay replay) {
        this.queries = queries;
        this.replay = replay;
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

    /**
     * What an operator may correct before a retry: the equipment facts the remaining steps use.
     *
     * @param facts the asset's ERP plant, its line and the spare parts the repair needs, replacing what the asset
     *              master said (e.g. a material number the ERP refused)
     */
    public record RetryRequest(@Valid FactsJson facts) {
    }

    /** The equipment facts of a workflow. */
    public record FactsJson(@Schema(example = "1000") @NotBlank String plant,
                            @Schema(example = "line-1") @NotBlank String line,
                            @NotNull List<BusinessServicesJson.@Valid Item> spareParts) {
    }

    @PostMapping("/{id}/retry")
    @Operation(summary = "Replay the parked steps of an episode's workflow (incidents) after fixing their cause",
            description = "Fix the cause first: the systems configuration (reloaded when its file changes), the data "
                    + "in the system of record, or the equipment facts sent in the body. Steps already done are not "
                    + "repeated, and a step whose earlier attempt may have reached the system looks its record up "
                    + "before creating one.")
    public ResponseEntity<EpisodeJson> retry(@PathVariable String id,
                                             @Valid @RequestBody(required = false) RetryRequest correction) {
        EpisodeId episode = parse(id);
        Optional<EquipmentFacts> corrected = Optional.empty();
        if (correction != null && correction.facts() != null) {
            FactsJson facts = correction.facts();
            try {
                corrected = Optional.of(new EquipmentFacts(facts.plant(), facts.line(),
                        BusinessServicesJson.Item.parts(facts.spareParts())));
            } catch (IllegalArgumentException e) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "facts: " + e.getMessage());
            }
        }
        switch (replay.replay(episode, corrected)) {
            case UNKNOWN_EPISODE -> throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no episode " + id);
            case NOTHING_PARKED -> throw new ResponseStatusException(HttpStatus.CONFLICT, "episode " + id
                    + " has no failed step to retry");
            case NO_FACTS_YET -> throw new ResponseStatusException(HttpStatus.CONFLICT, "episode " + id + ": "
                    + EpisodeReplay.Outcome.NO_FACTS_YET.sentence());
            case REPLAYED -> { }
        }
        return ResponseEntity.accepted().body(queries.find(episode).map(EpisodeJson::detail).orElseThrow());
    }

    @GetMapping("/incidents")
    @Operation(summary = "Parked workflow steps: episodes whose workflow waits for an operator, with the failed step,"
            + " the system, its error text and the exact request")
    public List<EpisodeJson> incidents() {
        return queries.incidents().stream().map(EpisodeJson::detail).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One episode with its workflow steps")
    public EpisodeJson get(@PathVariable String id) {
        return queries.find(parse(id)).map(EpisodeJson::detail)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no episode " + id));
    }
}
