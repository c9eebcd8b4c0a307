package org.millwright.protocol.sparkplug.internal.wire;

import java.util.List;
import org.eclipse.tahu.message.model.SparkplugBPayload;

/**
 * A payload as Tahu decoded it, plus what Tahu hides: it silently leaves out metrics it cannot decode (for
 * instance an alias whose data type no BIRTH declared), so the raw metric count and the aliases of metrics
 * sent without a name are kept to notice them.
 *
 * @param payload        Tahu's view
 * @param aliasOnly      aliases of the metrics on the wire that carry no name, in wire order
 * @param wireMetricCount how many metrics are on the wire
 */
public record DecodedPayload(SparkplugBPayload payload, List<Long> aliasOnly, int wireMetricCount) {
    public DecodedPayload {
        aliasOnly = List.copyOf(aliasOnly);
    }

    /** How many metrics on the wire Tahu left out. */
    public int droppedMetrics() {
        return wireMetricCount - payload.getMetrics().size();
    }
}
