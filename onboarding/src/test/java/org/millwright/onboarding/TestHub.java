package org.millwright.onboarding;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.millwright.ingest.DeadLetter;
import org.millwright.ingest.IngestGateway;
import org.millwright.ingest.JsonSampleDecoder;
import org.millwright.ingest.Pipeline;
import org.millwright.ingest.spi.AssetCatalogue;
import org.millwright.model.Asset;
import org.millwright.model.AssetClass;
import org.millwright.model.AssetId;
import org.millwright.model.Isa95Location;
import org.millwright.model.MachineGroup;
import org.millwright.model.Signal;
import org.millwright.model.SupportType;

/**
 * The ingest side of a hub for tests: a real pipeline whose handler records what detection would receive, a real
 * gateway whose dead letters are kept in memory (the hub keeps them in a table), and a catalogue of a few assets at
 * acme/north and one at acme/south.
 */
public final class TestHub implements AutoCloseable {
    public static final AssetId MOTOR = AssetId.of("north-l1-motor-01");
    public static final AssetId PUMP = AssetId.of("north-l1-pump-01");
    public static final AssetId FAN = AssetId.of("north-l2-fan-01");
    public static final AssetId SPINDLE = AssetId.of("north-l2-spindle-01");
    public static final AssetId SOUTH_MOTOR = AssetId.of("south-l1-motor-01");

    public final List<Signal> handled = new CopyOnWriteArrayList<>();
    public final List<DeadLetter> deadLetters = new CopyOnWriteArrayList<>();
    public final AssetCatalogue catalogue;
    public final Pipeline pipeline;
    public final IngestGateway gateway;

    public TestHub(Clock clock) {
        Map<AssetId, Asset> assets = Stream.of(
                        asset(MOTOR, AssetClass.MOTOR, "north", "line-1"),
                        asset(PUMP, AssetClass.PUMP, "north", "line-1"),
                        asset(FAN, AssetClass.FAN, "north", "line-2"),
                        asset(SPINDLE, AssetClass.SPINDLE, "north", "line-2"),
                        asset(SOUTH_MOTOR, AssetClass.MOTOR, "south", "line-1"))
                .collect(Collectors.toMap(Asset::id, Function.identity()));
        this.catalogue = id -> Optional.ofNullable(assets.get(id));
        this.pipeline = Pipeline.start(2, 64, handled::add, clock);
        this.gateway = new IngestGateway(JsonSampleDecoder.of(catalogue), deadLetters::add, pipeline, clock);
    }

    private static Asset asset(AssetId id, AssetClass type, String site, String line) {
        return new Asset(id, id.value(), type, new Isa95Location("acme", site, "assembly", line), MachineGroup.GROUP_2,
                SupportType.RIGID);
    }

    /** Whether a signal of this asset and type with (nearly) this value was handled. */
    public boolean handledValue(AssetId asset, org.millwright.model.SignalType type, double value) {
        return handled.stream().anyMatch(s -> s.asset().equals(asset) && s.type() == type
                && Math.abs(s.value() - value) < 1e-6);
    }

    @Override
    public void close() {
        pipeline.close();
    }
}
