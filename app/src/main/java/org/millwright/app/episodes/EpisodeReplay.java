package org.millwright.app.episodes;

import java.util.Optional;
import org.millwright.model.EpisodeId;
import org.millwright.orchestrate.EquipmentFacts;
import org.millwright.orchestrate.flowable.MaintenanceProcess;
import org.springframework.stereotype.Component;

/**
 * Replays the parked steps of an episode's workflow (its incidents) after an operator fixed their cause, optionally
 * with corrected equipment facts; the API and the console both use it. The idempotency ledger keeps a replayed step
 * from repeating a side effect.
 */
@Component
public class EpisodeReplay {
    /** What a replay did. */
    public enum Outcome {
        REPLAYED("The parked steps run again."),
        UNKNOWN_EPISODE("No such episode."),
        NOTHING_PARKED("The episode has no parked step to replay."),
        NO_FACTS_YET("The asset was not validated yet, so there are no equipment facts to correct; fix the asset"
                + " master and replay without corrections.");

        private final String sentence;

        Outcome(String sentence) {
            this.sentence = sentence;
        }

        /** For the operator. */
        public String sentence() {
            return sentence;
        }
    }

    private final EpisodeQueries queries;
    private final MaintenanceProcess process;

    public EpisodeReplay(EpisodeQueries queries, MaintenanceProcess process) {
        this.queries = queries;
        this.process = process;
    }

    public Outcome replay(EpisodeId episode, Optional<EquipmentFacts> corrected) {
        Optional<EpisodeView> view = queries.find(episode);
        if (view.isEmpty()) {
            return Outcome.UNKNOWN_EPISODE;
        }
        if (view.get().workflowState() != WorkflowState.INCIDENT) {
            return Outcome.NOTHING_PARKED;
        }
        if (corrected.isPresent() && process.correctFacts(episode, corrected.get()).isEmpty()) {
            return Outcome.NO_FACTS_YET;
        }
        process.retryIncidents(episode);
        return Outcome.REPLAYED;
    }
}
