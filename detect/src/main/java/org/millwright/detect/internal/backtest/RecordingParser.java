package org.millwright.detect.internal.backtest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.millwright.detect.RecordingFormat;
import org.millwright.model.AssetId;
import org.millwright.model.Quality;
import org.millwright.model.Signal;
import org.millwright.model.SignalType;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Turns one line of a recording into a sample, or a problem naming the line. JSON is read with SnakeYAML's safe
 * loader (a JSON object is a YAML flow mapping), which keeps detect free of a JSON library. One parser per
 * recording: not thread-safe.
 */
public final class RecordingParser {
    /** A line's outcome: a sample, a problem, or neither (blank line, CSV header). */
    public record Parsed(Optional<Signal> signal, Optional<String> problem) {
        static final Parsed NOTHING = new Parsed(Optional.empty(), Optional.empty());

        static Parsed of(Signal signal) {
            return new Parsed(Optional.of(signal), Optional.empty());
        }

        static Parsed problem(int line, String problem) {
            return new Parsed(Optional.empty(), Optional.of("line " + line + ": " + problem));
        }
    }

    private final RecordingFormat format;
    private final Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));

    public RecordingParser(RecordingFormat format) {
        this.format = format;
    }

    public Parsed parse(String line, int number) {
        String text = line.strip();
        if (text.isEmpty()) {
            return Parsed.NOTHING;
        }
        return format == RecordingFormat.CSV ? csv(text, number) : json(text, number);
    }

    private Parsed csv(String text, int number) {
        if (number == 1 && text.toLowerCase(Locale.ROOT).startsWith("ts,")) {
            return Parsed.NOTHING;
        }
        String[] fields = text.split(",", -1);
        if (fields.length < 3 || fields.length > 4) {
            return Parsed.problem(number, "expected ts,topic,value,quality but found " + fields.length + " fields");
        }
        return sample(number, fields[1].strip(), fields[0].strip(), fields[2].strip(),
                fields.length == 4 ? fields[3].strip() : "");
    }

    private Parsed json(String text, int number) {
        Object loaded;
        try {
            loaded = yaml.load(text);
        } catch (YAMLException e) {
            return Parsed.problem(number, "not a JSON object: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (!(loaded instanceof Map<?, ?> object)) {
            return Parsed.problem(number, "not a JSON object");
        }
        Map<?, ?> payload = object.get("payload") instanceof Map<?, ?> nested ? nested : object;
        return sample(number, string(object.get("topic")), string(payload.get("ts")), string(payload.get("value")),
                string(payload.get("quality")));
    }

    private static String string(Object value) {
        return value == null ? "" : value.toString();
    }

    private static Parsed sample(int number, String topic, String ts, String value, String quality) {
        String[] segments = topic.split("/");
        if (segments.length < 2 || topic.isBlank()) {
            return Parsed.problem(number, "topic '" + topic + "' must end in {asset}/{signal}");
        }
        String assetId = segments[segments.length - 2];
        if (!AssetId.isValid(assetId)) {
            return Parsed.problem(number, "'" + assetId + "' in topic '" + topic + "' is not an asset id");
        }
        Optional<SignalType> type = SignalType.fromWireName(segments[segments.length - 1]);
        if (type.isEmpty()) {
            return Parsed.problem(number, "unknown signal '" + segments[segments.length - 1] + "' in topic '"
                    + topic + "'");
        }
        Instant at;
        try {
            at = Instant.parse(ts);
        } catch (DateTimeParseException e) {
            return Parsed.problem(number, "ts '" + ts + "' is not an ISO-8601 UTC instant");
        }
        double reading;
        try {
            reading = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return Parsed.problem(number, "value '" + value + "' is not a number");
        }
        if (!Double.isFinite(reading)) {
            return Parsed.problem(number, "value '" + value + "' is not finite");
        }
        Quality q = Quality.GOOD;
        if (!quality.isBlank()) {
            try {
                q = Quality.valueOf(quality.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return Parsed.problem(number, "unknown quality '" + quality + "'");
            }
        }
        return Parsed.of(new Signal(AssetId.of(assetId), type.get(), reading, at, q));
    }
}
