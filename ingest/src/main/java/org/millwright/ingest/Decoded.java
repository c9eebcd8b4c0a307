package org.millwright.ingest;

import java.util.Objects;
import java.util.OptionalLong;
import org.millwright.model.Signal;

/** The outcome of decoding one payload: either an accepted signal or a rejection with its reason. */
public sealed interface Decoded {

    /**
     * The payload decoded to a valid signal.
     *
     * @param signal   the canonical signal
     * @param sequence the source's sequence number ({@code seq}), when it sent one
     */
    record Accepted(Signal signal, OptionalLong sequence) implements Decoded {
        public Accepted {
            Objects.requireNonNull(signal, "signal");
            Objects.requireNonNull(sequence, "sequence");
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
