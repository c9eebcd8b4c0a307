package org.millwright.orchestrate.spi;

import java.util.Objects;
import java.util.Optional;
import org.millwright.connector.ConnectorException;
import org.millwright.connector.SystemUnavailableException;
import org.millwright.model.EpisodeId;

/** What each workflow step did, for operators: started, succeeded with an outcome, or failed and why. */
public interface StepJournal {
    void started(EpisodeId episode, String step);

    void succeeded(EpisodeId episode, String step, String outcome);

    void failed(EpisodeId episode, String step, StepFailure failure);

    /**
     * Why a step failed.
     *
     * @param kind     how the workflow treats it
     * @param message  the whole message
     * @param system   the system of record that failed, when one did
     * @param upstream the system's own error text, verbatim
     * @param request  the input the step sent (a connector request record, or the asset it asked about)
     */
    record StepFailure(Kind kind, String message, Optional<String> system, Optional<String> upstream, Object request) {
        public enum Kind {
            /** The call may succeed later; the engine retries the step. */
            RETRIABLE,
            /** Retrying the same request cannot help: the step is parked for an operator. */
            PERMANENT,
            /** The system is known to be down (circuit open): the step waits for it without spending an attempt. */
            SYSTEM_UNAVAILABLE,
            /** Not a system of record's failure: a fault of the hub itself. */
            INTERNAL
        }

        public StepFailure {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(system, "system");
            Objects.requireNonNull(upstream, "upstream");
            Objects.requireNonNull(request, "request");
        }

        public static StepFailure of(RuntimeException failure, Object request) {
            if (failure instanceof ConnectorException e) {
                Kind kind = e instanceof SystemUnavailableException ? Kind.SYSTEM_UNAVAILABLE
                        : e.isRetriable() ? Kind.RETRIABLE : Kind.PERMANENT;
                return new StepFailure(kind, e.getMessage(), Optional.of(e.system()), Optional.of(e.upstreamMessage()),
                        request);
            }
            return new StepFailure(Kind.INTERNAL, String.valueOf(failure.getMessage()), Optional.empty(),
                    Optional.empty(), request);
        }
    }
}
