package org.millwright.detect.internal.rules;

import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.millwright.detect.Iso20816Zones;
import org.millwright.detect.Rule;
import org.millwright.detect.RuleSet;
import org.millwright.detect.RuleSetException;
import org.millwright.detect.ZoneBoundaries;
import org.millwright.model.MachineGroup;
import org.millwright.model.SupportType;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Parses the rule set schema documented on {@link org.millwright.detect.RuleSetLoader}. */
public final class RuleSetParser {
    private static final List<String> TOP_KEYS = List.of("version", "maxGap", "coolDown", "zoneBoundaries", "rules");

    private RuleSetParser() {
    }

    /**
     * @throws RuleSetException naming the source and line of the first problem found
     */
    public static RuleSet parse(String yaml, String sourceName) {
        Objects.requireNonNull(yaml, "yaml");
        Objects.requireNonNull(sourceName, "sourceName");
        Source source = new Source(sourceName);
        Node root = compose(yaml, source);
        YamlMapping top = YamlMapping.of(source, root, "the rule set");
        top.allowOnly(TOP_KEYS);
        String version = source.text(top.required("version"), "'version'");
        Duration maxGap = RuleSet.DEFAULT_MAX_GAP;
        if (top.has("maxGap")) {
            Node node = top.required("maxGap");
            maxGap = source.duration(node, "'maxGap'");
            if (maxGap.isZero()) {
                throw source.error(node, "'maxGap' must be positive");
            }
        }
        Duration coolDown = top.has("coolDown")
                ? source.duration(top.required("coolDown"), "'coolDown'") : Duration.ZERO;
        Iso20816Zones zones = top.has("zoneBoundaries")
                ? zones(source, top.required("zoneBoundaries")) : Iso20816Zones.defaults();
        Node rulesNode = top.required("rules");
        if (!(rulesNode instanceof SequenceNode sequence)) {
            throw source.error(rulesNode, "'rules' must be a list of rules, found " + Source.describe(rulesNode));
        }
        RuleParser parser = new RuleParser(source);
        List<Rule> rules = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            rules.add(parser.parse(item, rules.size() + 1));
        }
        try {
            return new RuleSet(version, rules, zones, maxGap, coolDown, parser.parents());
        } catch (IllegalArgumentException e) {
            throw source.error(root, e.getMessage(), e);
        }
    }

    private static Node compose(String yaml, Source source) {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 1 : mark.getLine() + 1;
            String context = e.getContext() == null ? "" : e.getContext() + ", ";
            throw new RuleSetException(source.name(), line, "not valid YAML: " + context + e.getProblem(), e);
        } catch (YAMLException e) {
            throw new RuleSetException(source.name(), 1, "not valid YAML: " + e.getMessage(), e);
        }
        if (root == null) {
            throw new RuleSetException(source.name(), 1, "the rule set is empty; expected 'version' and 'rules'");
        }
        return root;
    }

    private static Iso20816Zones zones(Source source, Node node) {
        YamlMapping table = YamlMapping.of(source, node, "'zoneBoundaries'");
        Iso20816Zones zones = Iso20816Zones.defaults();
        for (String key : table.keys()) {
            Node keyNode = table.keyNode(key);
            String[] parts = key.toUpperCase(Locale.ROOT).split("/", -1);
            MachineGroup group = parts.length == 2 ? constant(MachineGroup.class, parts[0]) : null;
            SupportType support = parts.length == 2 ? constant(SupportType.class, parts[1]) : null;
            if (group == null || support == null) {
                throw source.error(keyNode, "zoneBoundaries key '" + key + "' must be MACHINE_GROUP/SUPPORT_TYPE with "
                        + Source.names(MachineGroup.values()) + " and " + Source.names(SupportType.values())
                        + ", e.g. GROUP_2/FLEXIBLE");
            }
            Node value = table.required(key);
            String where = "zoneBoundaries " + key;
            List<Node> numbers = source.list(value, where);
            if (numbers.size() != 3) {
                throw source.error(value, where + " must list three velocities [A/B, B/C, C/D] in mm/s RMS");
            }
            try {
                zones = zones.with(group, support, new ZoneBoundaries(source.number(numbers.get(0), where),
                        source.number(numbers.get(1), where), source.number(numbers.get(2), where)));
            } catch (IllegalArgumentException e) {
                throw source.error(value, where + ": " + e.getMessage(), e);
            }
        }
        return zones;
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        return null;
    }
}
