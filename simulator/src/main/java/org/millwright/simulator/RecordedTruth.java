package org.millwright.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.millwright.model.AssetId;
import org.millwright.model.FailureMode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The ground truth written beside a recording: what was recorded and which failures were injected when. As JSON:
 * <pre>{@code
 * {"start":"2026-05-01T00:00:00Z","end":"2026-05-02T00:00:00Z","interval":"PT10S","seed":42,"realistic":true,
 *  "assets":40,
 *  "failures":[{"asset":"north-l1-motor-01","failureMode":"bearing-wear","onset":"2026-05-01T00:00:30Z",
 *               "functionalFailure":"2026-05-01T00:02:30Z","onsetAfter":"PT30S","functionalFailureAfter":"PT2M30S"}]}
 * }</pre>
 *
 * @param start     plant time 0
 * @param end       the end of the recording (exclusive)
 * @param interval  the sample interval
 * @param seed      the physics seed
 * @param realistic whether healthy operation was non-stationary
 * @param assets    how many assets were recorded
 * @param failures  the injected failures (plant times from {@code start})
 */
public record RecordedTruth(Instant start, Instant end, Duration interval, long seed, boolean realistic, int assets,
                            List<GroundTruth> failures) {
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public RecordedTruth {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(interval, "interval");
        failures = List.copyOf(failures);
    }

    /** Writes the JSON document. */
    public void write(Writer out) {
        ObjectNode root = JSON.createObjectNode();
        root.put("start", start.toString());
        root.put("end", end.toString());
        root.put("interval", interval.toString());
        root.put("seed", seed);
        root.put("realistic", realistic);
        root.put("assets", assets);
        ArrayNode list = root.putArray("failures");
        for (GroundTruth truth : failures) {
            ObjectNode node = list.addObject();
            node.put("asset", truth.asset().value());
            node.put("failureMode", truth.failureMode().toString());
            node.put("onset", truth.onsetAt(start).toString());
            node.put("functionalFailure", truth.functionalFailureAt(start).toString());
            node.put("onsetAfter", truth.onset().toString());
            node.put("functionalFailureAfter", truth.functionalFailure().toString());
        }
        JSON.writeValue(out, root);
    }

    /**
     * Reads a ground-truth file.
     *
     * @throws IllegalArgumentException naming the file when it is not a ground-truth document
     * @throws UncheckedIOException     when it cannot be read
     */
    public static RecordedTruth read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ground truth " + file, e);
        }
        try {
            JsonNode root = JSON.readTree(text);
            Instant start = Instant.parse(required(root, "start").asString());
            List<GroundTruth> failures = new ArrayList<>();
            for (JsonNode node : root.path("failures")) {
                failures.add(new GroundTruth(AssetId.of(required(node, "asset").asString()),
                        FailureMode.of(required(node, "failureMode").asString()),
                        Duration.between(start, Instant.parse(required(node, "onset").asString())),
                        Duration.between(start, Instant.parse(required(node, "functionalFailure").asString()))));
            }
            return new RecordedTruth(start, Instant.parse(required(root, "end").asString()),
                    Duration.parse(required(root, "interval").asString()), root.path("seed").asLong(),
                    root.path("realistic").asBoolean(), root.path("assets").asInt(), failures);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("ground truth " + file + " is not readable: " + e.getMessage(), e);
        }
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isString()) {
            throw new IllegalArgumentException("'" + field + "' is missing or not a string");
        }
        return value;
    }
}
