package org.millwright.detect;

import java.util.List;
import java.util.Objects;
import org.millwright.model.ConditionEvent;

/**
 * What a {@link Backtest} found.
 *
 * @param ruleSetVersion the version of the rule set that ran
 * @param samples        samples fed to the detector
 * @param skipped        lines or samples skipped (unreadable, unknown asset or signal)
 * @param problems       the first problems, each naming its line, e.g. "line 7: unknown asset 'x'"
 * @param events         every condition event, in order
 * @param episodes       the episodes those events make, in order of raising
 */
public record BacktestResult(String ruleSetVersion, long samples, long skipped, List<String> problems,
                             List<ConditionEvent> events, List<BacktestEpisode> episodes) {
    public BacktestResult {
        Objects.requireNonNull(ruleSetVersion, "ruleSetVersion");
        problems = List.copyOf(problems);
        events = List.copyOf(events);
        episodes = List.copyOf(episodes);
    }
}
