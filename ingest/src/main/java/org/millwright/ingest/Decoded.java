package org.millwright.ingest;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.millwright.model.Signal;

/** The outcome of decoding one payload: either an accepted signal or a rejection with its reason. */
public sealed interface Decoded {

    /**
     * The payload decoded to a valid signal.
     *
     * @param signal     the canonical signal
     * @param sequence   the source's sequence number ({@code seq}), when it sent one
     * @param source     the id of the source that numbered it ({@code src}, e.g. an edge agent's
     *                   {@code edge-north-01/plc-7}), when it sent one; with {@code sequence} it identifies the
     *                   sample for de-duplication (see {@link SourceSequences})
     * @param historical whether the source flagged it as backfill ({@code "hist":true}): history to be stored,
     *                   not a current value
     */
    record Accepted(Signal signal, OptionalLong sequence, Optional<String> source, boolean historical)
            implements Decoded {
        public Accepted {
            Objects.requireNonNull(signal, "signal");
            Objects.requireNonNull(sequence, "sequence");
            Objects.requireNonNull(source, "source");
        }

        /** A live sample without a source id. */
        public Accepted(Signal signal, OptionalLong sequence) {
            this(signal, sequence, Optional.empty(), false);
        }
    }

    /**
     * The payload was rejected.
     *
     * @param reason why, as a stable category
     * @param detail a human sentence naming the problem, e.g. "value -1.5 mm/s is impossible for vibration"
     */
    record Rejected(RejectReason reason, String detail) implements Decoded {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
