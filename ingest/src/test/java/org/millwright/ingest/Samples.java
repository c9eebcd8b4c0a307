package org.millwright.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.millwright.ingest.spi.AssetCatalogue;
import org.millwright.model.Asset;
import org.millwright.model.AssetClass;
import org.millwright.model.AssetId;
import org.millwright.model.Isa95Location;
import org.millwright.model.MachineGroup;
import org.millwright.model.Quality;
import org.millwright.model.Signal;
import org.millwright.model.SignalType;
import org.millwright.model.SupportType;

/** Test fixtures: a small plant and sample payloads. */
final class Samples {
    static final Instant NOW = Instant.parse("2026-11-25T18:00:00Z");
    static final Isa95Location LINE_1 = new Isa95Location("acme", "north", "assembly", "line-1");
    static final AssetId MOTOR = AssetId.of("north-l1-motor-01");
    static final AssetId PUMP = AssetId.of("north-l1-pump-02");
    static final String VIBRATION_TOPIC = "acme/north/assembly/line-1/north-l1-motor-01/vibration";

    static final AssetCatalogue CATALOGUE = catalogue(MOTOR, PUMP);

    private Samples() {
    }

    static AssetCatalogue catalogue(AssetId... ids) {
        Map<AssetId, Asset> assets = new java.util.HashMap<>();
        for (AssetId id : ids) {
            assets.put(id, new Asset(id, "asset " + id, AssetClass.MOTOR, LINE_1, MachineGroup.GROUP_2,
                    SupportType.RIGID));
        }
        return id -> Optional.ofNullable(assets.get(id));
    }

    static String topic(AssetId asset, SignalType type) {
        return LINE_1.path() + '/' + asset + '/' + type.wireName();
    }

    static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] vibration(double value) {
        return bytes("{\"ts\":\"2026-11-25T17:59:59.500Z\",\"value\":" + value + ",\"unit\":\"mm/s\"}");
    }

    static Signal signal(AssetId asset, double value) {
        return new Signal(asset, SignalType.VIBRATION_VELOCITY, value, NOW, Quality.GOOD);
    }
}
