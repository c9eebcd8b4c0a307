package org.millwright.onboarding.internal.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.millwright.model.AssetId;
import org.millwright.model.SignalType;
import org.millwright.onboarding.PlantConfigException;
import org.millwright.onboarding.SourceKind;
import org.millwright.onboarding.internal.convert.Conversion;
import org.millwright.onboarding.internal.convert.Units;

/**
 * Reads a plant file (schema in the module README) into a {@link PlantSpec}, validating everything that can be known
 * without connecting: names, units, scalings, topic layouts, node ids, duplicates, and that every secret is a
 * reference that resolves. The first problem found stops the read with its file and line.
 */
public final class PlantParser {
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    static final String[] MAPPING_KEYS = {"asset", "signal", "unit", "scale", "offset", "range"};
    private static final Pattern SITE_LEVEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    private final Doc doc;
    /** Which line maps each asset/signal so far: one signal of one asset has one tag per plant. */
    private final Map<String, Integer> targets = new HashMap<>();

    private PlantParser(Doc doc) {
        this.doc = doc;
    }

    /**
     * @param yaml        the file's text
     * @param file        the file's name for messages
     * @param directory   what relative paths in the file are relative to
     * @param environment looks up {@code {env: NAME}} references
     * @throws PlantConfigException naming the file, the line and the problem
     */
    public static PlantSpec parse(String yaml, String file, Path directory,
                                  Function<String, Optional<String>> environment) {
        Objects.requireNonNull(yaml, "yaml");
        Doc doc = new Doc(Objects.requireNonNull(file, "file"), Objects.requireNonNull(directory, "directory"),
                Objects.requireNonNull(environment, "environment"));
        return new PlantParser(doc).plant(Yaml.parse(yaml, file));
    }

    private PlantSpec plant(Yaml root) {
        Fields top = Fields.of(doc, root, "the plant", "id", "name", "site", "sources");
        String id = id(top, "plant id");
        String name = top.text("name");
        Yaml siteNode = top.required("site");
        String[] site = doc.text(siteNode, top.where("site")).split("/", -1);
        if (site.length != 2 || !SITE_LEVEL.matcher(site[0]).matches() || !SITE_LEVEL.matcher(site[1]).matches()) {
            throw doc.error(siteNode, "'site' must be the ISA-95 enterprise/site of the plant's assets, e.g. acme/north");
        }
        SourceParser sources = new SourceParser(doc, this, id);
        List<SourceSpec> specs = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        for (Yaml item : doc.list(top.required("sources"), "'sources'")) {
            SourceSpec spec = sources.parse(item, specs.size() + 1);
            Integer first = ids.putIfAbsent(spec.id(), item.line());
            if (first != null) {
                throw doc.error(item, "duplicate source id '" + spec.id() + "' (first on line " + first + ")");
            }
            specs.add(spec);
        }
        return new PlantSpec(id, name, site[0], site[1], specs);
    }

    /** A lower-case id under {@code key}. */
    String id(Fields fields, String what) {
        Yaml node = fields.required("id");
        String id = doc.text(node, what);
        if (!ID.matcher(id).matches()) {
            throw doc.error(node, what + " '" + id + "' must be 1-64 lower-case letters, digits and dashes, not starting"
                    + " with a dash");
        }
        return id;
    }

    /** The kind of a source, for the parser of that kind. */
    SourceKind kind(Fields source) {
        Yaml node = source.required("kind");
        String kind = doc.text(node, source.where("kind"));
        for (SourceKind candidate : SourceKind.values()) {
            if (candidate.code().equals(kind)) {
                return candidate;
            }
        }
        throw doc.error(node, "unknown kind '" + kind + "' of " + source.what() + "; allowed: mqtt-json, sparkplug, opcua");
    }

    /**
     * The asset, signal, unit and scaling of one tag; its other keys are the caller's.
     *
     * @param tag  how messages and dead letters name the tag
     * @param what e.g. "tag #2 of source 'press-json'"
     */
    TagMapping mapping(Fields fields, String tag, String what) {
        Yaml assetNode = fields.required("asset");
        String asset = doc.text(assetNode, fields.where("asset"));
        if (!AssetId.isValid(asset)) {
            throw doc.error(assetNode, "asset '" + asset + "' of " + what + " is not an asset id (lower-case letters,"
                    + " digits and dashes, at most 64)");
        }
        Yaml signalNode = fields.required("signal");
        String signalName = doc.text(signalNode, fields.where("signal"));
        SignalType signal = SignalType.fromWireName(signalName).orElseThrow(() -> doc.error(signalNode,
                "unknown signal '" + signalName + "' in " + what + "; known signals: " + knownSignals()));
        String unit = fields.optionalText("unit").orElse(signal.unit());
        Conversion toCanonical = Units.toCanonical(signal, unit).orElseThrow(() -> doc.error(
                fields.optional("unit").orElseThrow(), "unit '" + unit + "' of " + what + " cannot be converted to "
                        + signal.unit() + " (" + signal.wireName() + "); allowed units: "
                        + String.join(", ", Units.allowed(signal))));
        TagMapping mapping = new TagMapping(tag, AssetId.of(asset), signal, unit, scaling(fields, what)
                .andThen(toCanonical));
        Integer first = targets.putIfAbsent(mapping.target(), assetNode.line());
        if (first != null) {
            throw doc.error(assetNode, mapping.target() + " is mapped twice in this plant (first on line " + first
                    + "); one signal of an asset comes from one tag");
        }
        return mapping;
    }

    private Conversion scaling(Fields fields, String what) {
        if (fields.has("range")) {
            if (fields.has("scale") || fields.has("offset")) {
                throw doc.error(fields.required("range"), what + " gives both 'range' and 'scale'/'offset'; use one");
            }
            Fields range = Fields.of(doc, fields.required("range"), "'range' of " + what, "raw", "scaled");
            double[] raw = pair(range, "raw");
            double[] scaled = pair(range, "scaled");
            try {
                return Conversion.range(raw[0], raw[1], scaled[0], scaled[1]);
            } catch (IllegalArgumentException e) {
                throw doc.error(range.node(), "'range' of " + what + ": " + e.getMessage());
            }
        }
        double scale = fields.optional("scale").map(node -> doc.number(node, fields.where("scale"))).orElse(1.0);
        if (scale == 0) {
            throw doc.error(fields.required("scale"), fields.where("scale") + " must not be zero");
        }
        double offset = fields.optional("offset").map(node -> doc.number(node, fields.where("offset"))).orElse(0.0);
        return new Conversion(scale, offset);
    }

    private double[] pair(Fields range, String key) {
        Yaml node = range.required(key);
        List<Yaml> ends = doc.list(node, range.where(key));
        if (ends.size() != 2) {
            throw doc.error(node, range.where(key) + " must list two numbers [low, high], e.g. [4, 20]");
        }
        return new double[] {doc.number(ends.get(0), range.where(key)), doc.number(ends.get(1), range.where(key))};
    }

    private static String knownSignals() {
        List<String> names = new ArrayList<>();
        for (SignalType type : SignalType.values()) {
            names.add(type.wireName());
        }
        return String.join(", ", names);
    }

    /** Fails with the line when a problem only the constructor of a spec could see. */
    static PlantConfigException wrap(Doc doc, Yaml at, String what, IllegalArgumentException e) {
        return doc.error(at, what + ": " + e.getMessage());
    }
}
