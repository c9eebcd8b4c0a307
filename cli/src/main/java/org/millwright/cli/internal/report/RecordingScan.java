package org.millwright.cli.internal.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.millwright.chart.Series;
import org.millwright.detect.RecordingFormat;
import org.millwright.model.AssetId;
import org.millwright.model.SignalType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The plotted signals of a recording (vibration and bearing temperature per asset), downsampled. Lines the
 * backtest already reports as malformed are skipped silently here.
 */
public final class RecordingScan {
    static final SignalType[] PLOTTED = {SignalType.VIBRATION_VELOCITY, SignalType.BEARING_TEMPERATURE};
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<AssetId, Map<SignalType, Series>> series = new HashMap<>();
    private long first = Long.MAX_VALUE;
    private long last = Long.MIN_VALUE;

    private RecordingScan() {
    }

    /** Reads a whole recording; the caller closes the reader. */
    public static RecordingScan of(Reader recording, RecordingFormat format) {
        RecordingScan scan = new RecordingScan();
        try {
            BufferedReader lines = new BufferedReader(recording);
            String line;
            while ((line = lines.readLine()) != null) {
                if (plotted(line, format)) {
                    scan.line(line, format);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the recording", e);
        }
        return scan;
    }

    private static boolean plotted(String line, RecordingFormat format) {
        char end = format == RecordingFormat.CSV ? ',' : '"';
        for (SignalType signal : PLOTTED) {
            if (line.contains("/" + signal.wireName() + end)) {
                return true;
            }
        }
        return false;
    }

    private void line(String line, RecordingFormat format) {
        String topic;
        String ts;
        String value;
        if (format == RecordingFormat.CSV) {
            String[] fields = line.split(",", -1);
            if (fields.length < 3) {
                return;
            }
            ts = fields[0].strip();
            topic = fields[1].strip();
            value = fields[2].strip();
        } else {
            try {
                JsonNode node = JSON.readTree(line);
                JsonNode payload = node.path("payload").isObject() ? node.path("payload") : node;
                topic = node.path("topic").asString("");
                ts = payload.path("ts").asString("");
                value = payload.path("value").asString("");
            } catch (JacksonException e) {
                return;
            }
        }
        String[] segments = topic.split("/");
        if (segments.length < 2 || !AssetId.isValid(segments[segments.length - 2])) {
            return;
        }
        Optional<SignalType> signal = SignalType.fromWireName(segments[segments.length - 1]);
        try {
            long millis = Instant.parse(ts).toEpochMilli();
            double reading = Double.parseDouble(value);
            if (signal.isEmpty() || !Double.isFinite(reading)) {
                return;
            }
            if (first == Long.MAX_VALUE) {
                first = millis;
            }
            last = Math.max(last, millis);
            long origin = first;
            series.computeIfAbsent(AssetId.of(segments[segments.length - 2]), id -> new EnumMap<>(SignalType.class))
                    .computeIfAbsent(signal.get(), s -> new Series(origin)).add(millis, reading);
        } catch (RuntimeException e) {
            // malformed: the backtest names the line
        }
    }

    /** The downsampled signal, if the recording has it. */
    Optional<Series> series(AssetId asset, SignalType signal) {
        return Optional.ofNullable(series.getOrDefault(asset, Map.of()).get(signal));
    }

    /** Whether any plotted sample was read. */
    public boolean isEmpty() {
        return first == Long.MAX_VALUE;
    }

    /** The first plotted sample time, epoch millis. */
    long first() {
        return first;
    }

    /** The last plotted sample time, epoch millis. */
    long last() {
        return last;
    }
}
