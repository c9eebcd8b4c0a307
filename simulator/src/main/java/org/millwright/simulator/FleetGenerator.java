package org.millwright.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import org.millwright.model.Asset;
import org.millwright.model.AssetClass;
import org.millwright.model.AssetId;
import org.millwright.model.Isa95Location;
import org.millwright.model.MachineGroup;
import org.millwright.model.SupportType;

/**
 * Generates a {@link PlantDefinition} of any size for benchmarks: enterprise {@code fleet}, sites {@code s01},
 * {@code s02}, … (ERP plants {@code P001}, …) of five lines with ten machines each, laid out like a line of the demo
 * plant (three motors, one of them a group 1 press motor, three pumps, two fans, two spindles), e.g.
 * {@code s03-l2-pump-01}. A seeded share of the machines gets a bearing-wear {@link Degradation}: its duration
 * drawn log-uniformly between the shortest and longest of the spec (many short ones, a few long ones), its onset
 * uniformly such that functional failure falls within the horizon. No spare parts, materials or stock.
 * Same spec, same plant.
 */
public final class FleetGenerator {
    private static final int PER_LINE = 10;
    private static final int LINES_PER_SITE = 5;

    /** One position on a line: what kind of machine stands there. */
    private record Template(String kind, String name, AssetClass assetClass, MachineGroup group, SupportType support,
                            double kw) {
    }

    private static final List<Template> LINE = List.of(
            new Template("motor-01", "Conveyor drive motor", AssetClass.MOTOR, MachineGroup.GROUP_2, SupportType.RIGID, 55),
            new Template("motor-02", "Press main motor", AssetClass.MOTOR, MachineGroup.GROUP_1, SupportType.RIGID, 355),
            new Template("motor-03", "Mixer drive motor", AssetClass.MOTOR, MachineGroup.GROUP_2, SupportType.FLEXIBLE, 75),
            new Template("pump-01", "Coolant pump", AssetClass.PUMP, MachineGroup.GROUP_2, SupportType.RIGID, 30),
            new Template("pump-02", "Hydraulic pump", AssetClass.PUMP, MachineGroup.GROUP_2, SupportType.RIGID, 45),
            new Template("pump-03", "Process water pump", AssetClass.PUMP, MachineGroup.GROUP_2, SupportType.FLEXIBLE, 90),
            new Template("fan-01", "Exhaust fan", AssetClass.FAN, MachineGroup.GROUP_2, SupportType.FLEXIBLE, 22),
            new Template("fan-02", "Supply fan", AssetClass.FAN, MachineGroup.GROUP_2, SupportType.FLEXIBLE, 18.5),
            new Template("spindle-01", "Milling spindle", AssetClass.SPINDLE, MachineGroup.GROUP_2, SupportType.RIGID, 37),
            new Template("spindle-02", "Drilling spindle", AssetClass.SPINDLE, MachineGroup.GROUP_2, SupportType.RIGID, 22));

    private FleetGenerator() {
    }

    /** The plant {@code spec} describes. */
    public static PlantDefinition generate(FleetSpec spec) {
        Objects.requireNonNull(spec, "spec");
        List<SimAsset> assets = new ArrayList<>(spec.assets());
        for (int i = 0; i < spec.assets(); i++) {
            assets.add(asset(i));
        }
        return new PlantDefinition(assets, java.util.Map.of(), List.of(), List.of(), degradations(spec, assets));
    }

    private static SimAsset asset(int index) {
        int site = index / (PER_LINE * LINES_PER_SITE) + 1;
        int line = index / PER_LINE % LINES_PER_SITE + 1;
        Template template = LINE.get(index % PER_LINE);
        String siteId = String.format(Locale.ROOT, "s%02d", site);
        String id = siteId + "-l" + line + "-" + template.kind();
        Asset asset = new Asset(AssetId.of(id), template.name() + ", site " + site + " line " + line,
                template.assetClass(), new Isa95Location("fleet", siteId, "production", "line-" + line),
                template.group(), template.support());
        return new SimAsset(asset, template.kw(), String.format(Locale.ROOT, "P%03d", site),
                String.format(Locale.ROOT, "EQ-2%07d", index + 1));
    }

    private static List<Degradation> degradations(FleetSpec spec, List<SimAsset> assets) {
        SplittableRandom random = new SplittableRandom(spec.seed());
        int[] order = new int[assets.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int i = order.length - 1; i > 0; i--) { // Fisher–Yates: which machines degrade
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        int degrading = spec.degrading();
        int[] chosen = java.util.Arrays.copyOf(order, degrading);
        java.util.Arrays.sort(chosen); // in plant order
        double shortest = spec.shortestDegradation().toSeconds();
        double longest = spec.longestDegradation().toSeconds();
        long earliest = spec.earliestOnset().toSeconds();
        List<Degradation> degradations = new ArrayList<>(degrading);
        for (int index : chosen) {
            long duration = Math.round(shortest * Math.pow(longest / shortest, random.nextDouble()));
            long latest = spec.horizon().toSeconds() - duration;
            long onset = earliest + (long) ((latest - earliest) * random.nextDouble());
            degradations.add(new Degradation(assets.get(index).id(), Degradation.BEARING_WEAR,
                    Duration.ofSeconds(onset), Duration.ofSeconds(duration)));
        }
        return degradations;
    }
}
