package org.millwright.bench.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.millwright.ingest.spi.AssetCatalogue;
import org.millwright.model.Asset;
import org.millwright.model.AssetClass;
import org.millwright.model.AssetId;
import org.millwright.model.Isa95Location;
import org.millwright.model.MachineGroup;
import org.millwright.model.SupportType;

/**
 * The benchmark's plant: {@code count} motors on one line, each publishing broadband vibration on its own
 * unified-namespace topic {@code bench/site/area/line/<asset>/vibration}.
 */
final class BenchPlant {
    static final String TOPIC_FILTER = "bench/site/area/line/+/vibration";
    private static final Isa95Location LINE = new Isa95Location("bench", "site", "area", "line");

    private final List<Asset> assets;
    private final Map<AssetId, Asset> byId;

    BenchPlant(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("the plant needs at least one asset, was " + count);
        }
        List<Asset> created = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            created.add(new Asset(AssetId.of("bench-motor-%04d".formatted(i)), "bench motor " + i, AssetClass.MOTOR,
                    LINE, MachineGroup.GROUP_2, SupportType.FLEXIBLE));
        }
        this.assets = List.copyOf(created);
        this.byId = assets.stream().collect(Collectors.toUnmodifiableMap(Asset::id, Function.identity()));
    }

    List<Asset> assets() {
        return assets;
    }

    AssetCatalogue catalogue() {
        return id -> Optional.ofNullable(byId.get(id));
    }

    static String topic(Asset asset) {
        return "bench/site/area/line/" + asset.id().value() + "/vibration";
    }
}
