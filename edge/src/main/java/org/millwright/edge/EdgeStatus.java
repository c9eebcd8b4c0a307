package org.millwright.edge;

import java.util.Map;
import java.util.Objects;

/**
 * A snapshot of the agent's counters, as logged and served on {@code GET /status}.
 *
 * @param agentId             the agent's id
 * @param connected           whether the hub's broker is connected
 * @param backfilling         whether a backfill is running
 * @param sources             per source id, its collector's state
 * @param collected           samples collected since start, before filtering
 * @param filtered            samples held back by deadband or downsampling since start
 * @param buffered            samples numbered and stored since start
 * @param forwarded           samples the broker acknowledged since start (then removed from the buffer)
 * @param forwardedHistorical of which sent as backlog ({@code hist:true})
 * @param dropped             buffered samples deleted to make room (DROP_OLDEST) since start
 * @param rejected            samples refused because the buffer was full (REJECT_NEWEST) since start
 * @param bufferRows          samples in the buffer now
 * @param bufferBytes         their size in bytes
 * @param backlog             of which backlog
 * @param bufferFull          whether the buffer is in a full episode
 * @param inFlight            publishes awaiting PUBACK
 * @param lastSequences       per source id, the last sequence number handed out (persisted)
 */
public record EdgeStatus(String agentId, boolean connected, boolean backfilling, Map<String, String> sources,
                         long collected, long filtered, long buffered, long forwarded, long forwardedHistorical,
                         long dropped, long rejected, long bufferRows, long bufferBytes, long backlog,
                         boolean bufferFull, int inFlight, Map<String, Long> lastSequences) {
    public EdgeStatus {
        Objects.requireNonNull(agentId, "agentId");
        sources = Map.copyOf(sources);
        lastSequences = Map.copyOf(lastSequences);
    }

    /** One log line of the counters. */
    public String summary() {
        return "connected=" + connected + " backfilling=" + backfilling + " collected=" + collected + " filtered="
                + filtered + " buffered=" + buffered + " forwarded=" + forwarded + " (historical "
                + forwardedHistorical + ") dropped=" + dropped + " rejected=" + rejected + " bufferRows=" + bufferRows
                + " bufferBytes=" + bufferBytes + " backlog=" + backlog + " inFlight=" + inFlight;
    }

    /** The status as a JSON object. */
    public String toJson() {
        StringBuilder json = new StringBuilder(512).append('{');
        field(json, "agentId", '"' + agentId + '"');
        field(json, "connected", connected);
        field(json, "backfilling", backfilling);
        field(json, "collected", collected);
        field(json, "filtered", filtered);
        field(json, "buffered", buffered);
        field(json, "forwarded", forwarded);
        field(json, "forwardedHistorical", forwardedHistorical);
        field(json, "dropped", dropped);
        field(json, "rejected", rejected);
        field(json, "bufferRows", bufferRows);
        field(json, "bufferBytes", bufferBytes);
        field(json, "backlog", backlog);
        field(json, "bufferFull", bufferFull);
        field(json, "inFlight", inFlight);
        field(json, "sources", object(sources, true));
        json.append("\"lastSequences\":").append(object(lastSequences, false));
        return json.append('}').toString();
    }

    private static void field(StringBuilder json, String name, Object value) {
        json.append('"').append(name).append("\":").append(value).append(',');
    }

    private static String object(Map<String, ?> entries, boolean quoteValues) {
        StringBuilder json = new StringBuilder("{");
        entries.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"').append(entry.getKey()).append("\":");
            json.append(quoteValues ? "\"" + entry.getValue() + '"' : entry.getValue());
        });
        return json.append('}').toString();
    }
}
