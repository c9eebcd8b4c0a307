package org.millwright.protocol.opcua.internal.values;

import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.millwright.model.Quality;

/** OPC UA status code severity (the two top bits) to sample quality. */
public final class QualityMapping {
    private QualityMapping() {
    }

    /** Good → GOOD, Uncertain → UNCERTAIN, Bad → BAD. */
    public static Quality of(StatusCode status) {
        if (status.isGood()) {
            return Quality.GOOD;
        }
        if (status.isUncertain()) {
            return Quality.UNCERTAIN;
        }
        return Quality.BAD;
    }
}
