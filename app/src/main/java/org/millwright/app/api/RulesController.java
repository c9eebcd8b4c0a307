package org.millwright.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.millwright.app.pipeline.AssetCatalogueService;
import org.millwright.app.rules.RuleFileWatcher;
import org.millwright.detect.ActiveRuleSet;
import org.millwright.detect.Backtest;
import org.millwright.detect.BacktestEpisode;
import org.millwright.detect.BacktestResult;
import org.millwright.detect.RecordingFormat;
import org.millwright.detect.RuleSet;
import org.millwright.detect.RuleSetException;
import org.millwright.detect.RuleSetLoader;
import org.millwright.model.ConditionCleared;
import org.millwright.model.ConditionEscalated;
import org.millwright.model.ConditionEvent;
import org.millwright.model.ConditionRaised;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Rules", description = "The active detection rules, their reload, and backtests without side effects")
public class RulesController {
    private final ActiveRuleSet rules;
    private final RuleFileWatcher watcher;
    private final AssetCatalogueService catalogue;

    public RulesController(ActiveRuleSet rules, RuleFileWatcher watcher, AssetCatalogueService catalogue) {
        this.rules = rules;
        this.watcher = watcher;
        this.catalogue = catalogue;
    }

    /** The active rule set; {@code lastReloadError} names file, line and problem of a rejected reload. */
    public record RulesJson(String version, String file, int rules, String lastReloadError) {
    }

    @GetMapping("/rules")
    @Operation(summary = "The active rule set")
    public RulesJson rules() {
        RuleSet active = rules.ruleSet();
        return new RulesJson(active.version(), watcher.file().map(Object::toString).orElse("(shipped default)"),
                active.rules().size(), watcher.lastError().orElse(null));
    }

    @PostMapping("/rules/reload")
    @Operation(summary = "Reload the rule file now; 422 with the file, line and problem when it is rejected")
    public RulesJson reload() {
        watcher.reload().ifPresent(error -> {
            throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT, error);
        });
        return rules();
    }

    /**
     * A backtest request: a recording (the simulator's JSON lines or CSV) and optionally a rule set to try (YAML);
     * the active rule set when absent.
     */
    public record BacktestRequest(
            @Schema(description = "JSON_LINES or CSV", example = "JSON_LINES") RecordingFormat format,
            @Schema(description = "the recording, one sample per line") String recording,
            @Schema(description = "rule set YAML; the active one when absent") String rules) {
    }

    /** One condition transition an episode went through. */
    public record TransitionJson(String type, Instant at, String severity, String evidence) {
    }

    /** An episode the rules would have raised. */
    public record BacktestEpisodeJson(String assetId, String failureMode, Instant raisedAt, Instant clearedAt,
                                      String peakSeverity, List<TransitionJson> transitions) {
    }

    /** What the rules would have done over the recording. */
    public record BacktestJson(String ruleSetVersion, long samples, long skipped, List<String> problems,
                               List<BacktestEpisodeJson> episodes) {
    }

    @PostMapping("/backtests")
    @Operation(summary = "Run a rule set over a recording with no side effects; the episodes it would raise")
    public BacktestJson backtest(@RequestBody BacktestRequest request) {
        if (request.recording() == null || request.recording().isBlank()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "recording is empty");
        }
        RuleSet ruleSet;
        try {
            ruleSet = request.rules() == null ? rules.ruleSet() : RuleSetLoader.load(request.rules(), "request rules");
        } catch (RuleSetException e) {
            throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        }
        RecordingFormat format = request.format() == null ? RecordingFormat.JSON_LINES : request.format();
        BacktestResult result = Backtest.run(ruleSet, catalogue.all(), new StringReader(request.recording()), format);
        return new BacktestJson(result.ruleSetVersion(), result.samples(), result.skipped(), result.problems(),
                result.episodes().stream().map(RulesController::episode).toList());
    }

    private static BacktestEpisodeJson episode(BacktestEpisode e) {
        return new BacktestEpisodeJson(e.asset().value(), e.failureMode().code(), e.raisedAt(),
                e.clearedAt().orElse(null), e.peak().name(),
                e.transitions().stream().map(RulesController::transition).toList());
    }

    private static TransitionJson transition(ConditionEvent event) {
        if (event instanceof ConditionRaised raised) {
            return new TransitionJson("raised", raised.at(), raised.severity().name(), raised.evidence().summary());
        }
        if (event instanceof ConditionEscalated escalated) {
            return new TransitionJson("escalated", escalated.at(), escalated.to().name(),
                    escalated.evidence().summary());
        }
        return new TransitionJson("cleared", ((ConditionCleared) event).at(), null, null);
    }
}
