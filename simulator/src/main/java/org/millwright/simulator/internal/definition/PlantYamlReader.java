package org.millwright.simulator.internal.definition;

import java.io.InputStream;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.millwright.model.Asset;
import org.millwright.model.AssetClass;
import org.millwright.model.AssetId;
import org.millwright.model.FailureMode;
import org.millwright.model.Isa95Location;
import org.millwright.model.MachineGroup;
import org.millwright.model.SupportType;
import org.millwright.simulator.Degradation;
import org.millwright.simulator.Material;
import org.millwright.simulator.Part;
import org.millwright.simulator.PlantDefinition;
import org.millwright.simulator.PlantDefinitionException;
import org.millwright.simulator.SimAsset;
import org.millwright.simulator.Stock;
import org.millwright.simulator.internal.definition.PlantYaml.Area;
import org.millwright.simulator.internal.definition.PlantYaml.AssetYaml;
import org.millwright.simulator.internal.definition.PlantYaml.DegradationYaml;
import org.millwright.simulator.internal.definition.PlantYaml.Line;
import org.millwright.simulator.internal.definition.PlantYaml.MaterialYaml;
import org.millwright.simulator.internal.definition.PlantYaml.PartYaml;
import org.millwright.simulator.internal.definition.PlantYaml.Site;
import org.millwright.simulator.internal.definition.PlantYaml.StockYaml;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Turns a YAML plant document into a {@link PlantDefinition}. Collects every problem it finds (each prefixed
 * with where it is, e.g. {@code asset 'north-l1-motor-01'}) and throws them together, naming the source.
 */
public final class PlantYamlReader {
    /** Topic-safe hierarchy names: no '/', '+', '#' or spaces. */
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final List<String> problems = new ArrayList<>();

    private PlantYamlReader() {
    }

    /**
     * Reads one document.
     *
     * @throws PlantDefinitionException naming {@code source} and every problem
     */
    public static PlantDefinition read(InputStream yaml, String source) {
        PlantYaml document;
        try {
            document = MAPPER.readValue(yaml, PlantYaml.class);
        } catch (JacksonException e) {
            throw new PlantDefinitionException(source, List.of(describe(e)), e);
        }
        if (document == null) {
            throw new PlantDefinitionException(source, List.of("the document is empty"));
        }
        PlantYamlReader reader = new PlantYamlReader();
        List<SimAsset> assets = reader.assets(document);
        List<Material> materials = reader.materials(document.materials());
        List<Stock> stock = reader.stock(document.stock());
        Map<AssetClass, Map<FailureMode, List<Part>>> spareParts = reader.spareParts(document.spareParts());
        List<Degradation> degradations = reader.degradations(document.degradations());
        if (!reader.problems.isEmpty()) {
            throw new PlantDefinitionException(source, reader.problems);
        }
        try {
            return new PlantDefinition(assets, spareParts, materials, stock, degradations);
        } catch (PlantDefinitionException e) {
            throw e.withSource(source);
        }
    }

    private List<SimAsset> assets(PlantYaml document) {
        List<SimAsset> assets = new ArrayList<>();
        String enterprise = segment(document.enterprise(), "enterprise", "plant");
        if (listOf(document.sites()).isEmpty()) {
            problems.add("plant: no sites");
        }
        for (Site site : listOf(document.sites())) {
            String siteId = segment(site.id(), "id", "a site");
            String siteContext = "site '" + siteId + "'";
            String erpPlant = required(site.erpPlant(), "erpPlant", siteContext);
            for (Area area : listOf(site.areas())) {
                String areaId = segment(area.id(), "id", "an area of " + siteContext);
                for (Line line : listOf(area.lines())) {
                    String lineId = segment(line.id(), "id", "a line of " + siteContext + " area '" + areaId + "'");
                    Isa95Location location = new Isa95Location(enterprise, siteId, areaId, lineId);
                    for (AssetYaml asset : listOf(line.assets())) {
                        asset(asset, location, erpPlant).ifPresent(assets::add);
                    }
                }
            }
        }
        return assets;
    }

    private Optional<SimAsset> asset(AssetYaml yaml, Isa95Location location, String erpPlant) {
        String context = "asset '" + yaml.id() + "' on " + location.path();
        Optional<AssetId> id = attempt(context, () -> AssetId.of(required(yaml.id(), "id", "an asset on " + location.path())));
        Optional<AssetClass> assetClass = enumeration(AssetClass.class, yaml.assetClass(), "assetClass", context);
        Optional<MachineGroup> group = enumeration(MachineGroup.class, yaml.machineGroup(), "machineGroup", context);
        Optional<SupportType> support = enumeration(SupportType.class, yaml.supportType(), "supportType", context);
        String name = required(yaml.name(), "name", context);
        if (yaml.ratedPowerKw() == null) {
            problems.add(context + ": ratedPowerKw is missing");
        }
        if (id.isEmpty() || assetClass.isEmpty() || group.isEmpty() || support.isEmpty() || yaml.ratedPowerKw() == null) {
            return Optional.empty();
        }
        return attempt(context, () -> new SimAsset(
                new Asset(id.get(), name, assetClass.get(), location, group.get(), support.get()),
                yaml.ratedPowerKw(), erpPlant, yaml.erpId()));
    }

    private List<Material> materials(List<MaterialYaml> yamls) {
        List<Material> materials = new ArrayList<>();
        for (MaterialYaml yaml : listOf(yamls)) {
            attempt("material '" + yaml.id() + "'", () -> new Material(yaml.id(), yaml.description(), yaml.unit()))
                    .ifPresent(materials::add);
        }
        return materials;
    }

    private List<Stock> stock(List<StockYaml> yamls) {
        List<Stock> stock = new ArrayList<>();
        for (StockYaml yaml : listOf(yamls)) {
            String context = "stock of '" + yaml.material() + "' on " + yaml.plant();
            if (yaml.onHand() == null) {
                problems.add(context + ": onHand is missing");
                continue;
            }
            attempt(context, () -> new Stock(yaml.material(), yaml.plant(), yaml.onHand())).ifPresent(stock::add);
        }
        return stock;
    }

    private Map<AssetClass, Map<FailureMode, List<Part>>> spareParts(Map<String, Map<String, List<PartYaml>>> yaml) {
        Map<AssetClass, Map<FailureMode, List<Part>>> byClass = new EnumMap<>(AssetClass.class);
        (yaml == null ? Map.<String, Map<String, List<PartYaml>>>of() : yaml).forEach((className, byMode) -> {
            String classContext = "spareParts of '" + className + "'";
            Optional<AssetClass> assetClass = enumeration(AssetClass.class, className, "asset class", classContext);
            Map<FailureMode, List<Part>> modes = new HashMap<>();
            (byMode == null ? Map.<String, List<PartYaml>>of() : byMode).forEach((modeName, parts) -> {
                String context = classContext + " " + modeName;
                attempt(context, () -> FailureMode.of(modeName)).ifPresent(mode -> {
                    List<Part> list = new ArrayList<>();
                    for (PartYaml part : listOf(parts)) {
                        if (part.quantity() == null) {
                            problems.add(context + ": quantity of '" + part.material() + "' is missing");
                            continue;
                        }
                        attempt(context, () -> new Part(part.material(), part.quantity())).ifPresent(list::add);
                    }
                    modes.put(mode, list);
                });
            });
            assetClass.ifPresent(c -> byClass.put(c, modes));
        });
        return byClass;
    }

    private List<Degradation> degradations(List<DegradationYaml> yamls) {
        List<Degradation> degradations = new ArrayList<>();
        for (DegradationYaml yaml : listOf(yamls)) {
            String context = "degradation on '" + yaml.asset() + "'";
            Optional<AssetId> asset = attempt(context, () -> AssetId.of(required(yaml.asset(), "asset", "a degradation")));
            Optional<FailureMode> kind = attempt(context, () -> FailureMode.of(required(yaml.kind(), "kind", context)));
            Optional<Duration> startAfter = duration(yaml.startAfter(), "startAfter", context);
            Optional<Duration> duration = duration(yaml.duration(), "duration", context);
            if (asset.isPresent() && kind.isPresent() && startAfter.isPresent() && duration.isPresent()) {
                attempt(context, () -> new Degradation(asset.get(), kind.get(), startAfter.get(), duration.get()))
                        .ifPresent(degradations::add);
            }
        }
        return degradations;
    }

    private Optional<Duration> duration(String text, String field, String context) {
        if (text == null) {
            problems.add(context + ": " + field + " is missing");
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.parse(text.trim()));
        } catch (DateTimeParseException e) {
            problems.add(context + ": " + field + " '" + text + "' is not an ISO-8601 duration such as PT30S or PT2M");
            return Optional.empty();
        }
    }

    private <E extends Enum<E>> Optional<E> enumeration(Class<E> type, String text, String field, String context) {
        if (text == null) {
            problems.add(context + ": " + field + " is missing");
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            problems.add(context + ": " + field + " '" + text + "' is not one of " + Arrays.toString(type.getEnumConstants()));
            return Optional.empty();
        }
    }

    private String segment(String text, String field, String context) {
        if (text == null || !SEGMENT.matcher(text).matches()) {
            problems.add(context + ": " + field + " '" + text + "' must match " + SEGMENT
                    + " (it becomes an MQTT topic level)");
            return "invalid";
        }
        return text;
    }

    private String required(String text, String field, String context) {
        if (text == null || text.isBlank()) {
            problems.add(context + ": " + field + " is missing");
            return "missing";
        }
        return text;
    }

    private <T> Optional<T> attempt(String context, Supplier<T> conversion) {
        int before = problems.size();
        try {
            T value = conversion.get();
            return problems.size() == before ? Optional.of(value) : Optional.empty();
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.add(context + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Where and what, without the binder's class names: {@code line 10, column 12 (sites[0].areas): ...}. */
    private static String describe(JacksonException e) {
        StringBuilder text = new StringBuilder("not a readable plant definition");
        if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
            text.append(" at line ").append(e.getLocation().getLineNr())
                    .append(", column ").append(e.getLocation().getColumnNr());
        }
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        if (path.length() > 0) {
            text.append(" (").append(path).append(')');
        }
        String reason = String.valueOf(e.getOriginalMessage()).replaceAll("\\s*\\(class [^)]*\\)", "").trim();
        return text.append(": ").append(reason).toString();
    }

    private static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : list;
    }
}
