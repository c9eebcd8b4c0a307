package org.millwright.simulator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.millwright.model.AssetClass;
import org.millwright.model.AssetId;
import org.millwright.model.FailureMode;

/**
 * A simulated plant: its machines, the maintenance master data the sandbox ERP is seeded from (spare-part
 * lists, materials, initial stock) and the scripted degradations. Immutable; the constructor checks that the
 * parts refer to each other consistently and throws {@link PlantDefinitionException} listing every problem.
 * Load one with {@link PlantDefinitions}.
 *
 * @param assets       the machines, unique by id and by ERP equipment number
 * @param spareParts   spare-part list per asset class and failure mode; every material must be in {@code materials}
 * @param materials    material master, unique by id
 * @param stock        initial stock per material and ERP plant, at most one entry per pair
 * @param degradations scripted faults, at most one per asset, each on a known asset
 */
public record PlantDefinition(List<SimAsset> assets, Map<AssetClass, Map<FailureMode, List<Part>>> spareParts,
                              List<Material> materials, List<Stock> stock, List<Degradation> degradations) {
    public PlantDefinition {
        assets = List.copyOf(assets);
        spareParts = copy(spareParts);
        materials = List.copyOf(materials);
        stock = List.copyOf(stock);
        degradations = List.copyOf(degradations);
        List<String> problems = problems(assets, spareParts, materials, stock, degradations);
        if (!problems.isEmpty()) {
            throw new PlantDefinitionException("in-memory plant definition", problems);
        }
    }

    /** The asset with this id, if the plant has it. */
    public Optional<SimAsset> asset(AssetId id) {
        Objects.requireNonNull(id, "id");
        return assets.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** The spare parts a repair of this failure mode on this class of machine consumes; empty when none are listed. */
    public List<Part> parts(AssetClass assetClass, FailureMode failureMode) {
        return spareParts.getOrDefault(assetClass, Map.of()).getOrDefault(failureMode, List.of());
    }

    /** The ground truth of every scripted degradation, in definition order. */
    public List<GroundTruth> groundTruth() {
        return degradations.stream().map(GroundTruth::of).toList();
    }

    /** The same plant with other scripted degradations (e.g. none, or a faster one for a benchmark). */
    public PlantDefinition withDegradations(List<Degradation> newDegradations) {
        return new PlantDefinition(assets, spareParts, materials, stock, newDegradations);
    }

    private static Map<AssetClass, Map<FailureMode, List<Part>>> copy(Map<AssetClass, Map<FailureMode, List<Part>>> source) {
        Map<AssetClass, Map<FailureMode, List<Part>>> byClass = new EnumMap<>(AssetClass.class);
        source.forEach((assetClass, byMode) -> {
            Map<FailureMode, List<Part>> modes = new TreeMap<>();
            byMode.forEach((mode, parts) -> modes.put(Objects.requireNonNull(mode, "failure mode"), List.copyOf(parts)));
            byClass.put(Objects.requireNonNull(assetClass, "asset class"), Collections.unmodifiableMap(modes));
        });
        return Collections.unmodifiableMap(byClass);
    }

    private static List<String> problems(List<SimAsset> assets, Map<AssetClass, Map<FailureMode, List<Part>>> spareParts,
                                         List<Material> materials, List<Stock> stock, List<Degradation> degradations) {
        List<String> problems = new ArrayList<>();
        if (assets.isEmpty()) {
            problems.add("the plant has no assets");
        }
        Set<AssetId> assetIds = new HashSet<>();
        Set<String> erpIds = new HashSet<>();
        for (SimAsset asset : assets) {
            if (!assetIds.add(asset.id())) {
                problems.add("duplicate asset id '" + asset.id() + "'");
            }
            if (!erpIds.add(asset.erpId())) {
                problems.add("duplicate erpId '" + asset.erpId() + "' (asset '" + asset.id() + "')");
            }
        }
        Set<String> materialIds = new HashSet<>();
        for (Material material : materials) {
            if (!materialIds.add(material.id())) {
                problems.add("duplicate material '" + material.id() + "'");
            }
        }
        spareParts.forEach((assetClass, byMode) -> byMode.forEach((mode, parts) -> parts.stream()
                .filter(part -> !materialIds.contains(part.material()))
                .forEach(part -> problems.add("spare parts of " + assetClass + " " + mode
                        + " name unknown material '" + part.material() + "'"))));
        Set<String> stockKeys = new HashSet<>();
        for (Stock entry : stock) {
            if (!materialIds.contains(entry.material())) {
                problems.add("stock on " + entry.plant() + " names unknown material '" + entry.material() + "'");
            }
            if (!stockKeys.add(entry.material() + '@' + entry.plant())) {
                problems.add("duplicate stock of '" + entry.material() + "' on " + entry.plant());
            }
        }
        Set<AssetId> degraded = new HashSet<>();
        for (Degradation degradation : degradations) {
            if (!assetIds.contains(degradation.asset())) {
                problems.add("degradation names unknown asset '" + degradation.asset() + "'");
            }
            if (!degraded.add(degradation.asset())) {
                problems.add("more than one degradation on asset '" + degradation.asset() + "'");
            }
        }
        return problems;
    }
}
