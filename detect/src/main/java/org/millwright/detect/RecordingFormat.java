package org.millwright.detect;

/** How a telemetry recording for a {@link Backtest} is written. */
public enum RecordingFormat {
    /**
     * One JSON object per line: the MQTT topic and the simulator's payload, either nested or inline:
     * <pre>{@code
     * {"topic":"acme/north/assembly/line-1/north-l1-motor-01/vibration","payload":{"ts":"2026-05-01T08:00:00.123Z","value":1.234,"unit":"mm/s","seq":17,"quality":"GOOD"}}
     * {"topic":"acme/north/assembly/line-1/north-l1-motor-01/vibration","ts":"2026-05-01T08:00:01.123Z","value":1.301}
     * }</pre>
     * The asset id is the topic's second-to-last segment, the signal its last; {@code quality} defaults to GOOD.
     */
    JSON_LINES,
    /**
     * Comma-separated values with the header {@code ts,topic,value,quality} (quality may be left empty: GOOD):
     * <pre>{@code
     * ts,topic,value,quality
     * 2026-05-01T08:00:00.123Z,acme/north/assembly/line-1/north-l1-motor-01/vibration,1.234,GOOD
     * }</pre>
     */
    CSV
}
