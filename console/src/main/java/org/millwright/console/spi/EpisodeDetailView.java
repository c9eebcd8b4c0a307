package org.millwright.console.spi;

import java.util.List;
import java.util.Objects;

/**
 * One episode with its workflow.
 *
 * @param episode the episode row
 * @param steps the workflow steps in execution order; copied
 * @param evidence human-readable evidence lines (e.g. {@code "v_rms 7.4 mm/s > zone C limit 4.5"}); copied
 */
public record EpisodeDetailView(EpisodeView episode, List<StepView> steps, List<String> evidence) {

    /** Rejects nulls and copies the lists. */
    public EpisodeDetailView {
        Objects.requireNonNull(episode, "episode");
        steps = Views.copy(steps, "steps");
        evidence = Views.copy(evidence, "evidence");
    }
}
