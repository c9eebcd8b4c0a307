package org.millwright.app.episodes;

import java.util.List;
import java.util.Map;

/** An episode with its workflow: the read model behind the API and the console. */
public record EpisodeView(EpisodeRow episode, WorkflowState workflowState, Map<String, String> records,
                          List<StepRow> steps) {
}
