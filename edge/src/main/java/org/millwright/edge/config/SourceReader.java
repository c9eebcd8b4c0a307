package org.millwright.edge.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.millwright.model.AssetId;
import org.millwright.model.SignalType;
import org.millwright.protocol.opcua.MonitoredNode;
import org.millwright.protocol.opcua.OpcUaSecurity;
import org.millwright.protocol.opcua.OpcUaSourceConfig;

/** Reads one entry of {@code sources}: its {@code type} decides which other keys it takes. */
final class SourceReader {
    private static final Pattern LOCATION = Pattern.compile("[^/+#\\s]+(/[^/+#\\s]+){3}");
    private static final List<String> SIMULATOR = List.of("name", "type", "plant", "interval", "seed", "realistic",
            "assets");
    private static final List<String> OPCUA = List.of("name", "type", "endpoint", "security", "username", "password",
            "pki", "key-store-password", "publishing-interval", "location", "nodes");
    private static final List<String> NODE = List.of("node-id", "asset", "signal", "location", "sampling-interval",
            "deadband");
    private static final List<String> MQTT = List.of("name", "type", "host", "port", "client-id", "topic-filter",
            "username", "password");
    private static final List<String> TYPES = List.of("simulator", "opcua", "mqtt");

    private SourceReader() {
    }

    static SourceSettings read(ConfigNode item, String agentId) {
        List<String> all = new ArrayList<>(SIMULATOR);
        all.addAll(OPCUA);
        all.addAll(MQTT);
        item.mapping(all.stream().distinct().toList());
        ConfigNode typeNode = item.get("type");
        String type = typeNode.text();
        String name = item.get("name").text(EdgeConfigReader.NAME, "a name of 1 to 64 letters, digits, '.', '_' or '-'");
        return switch (type) {
            case "simulator" -> simulator(item.mapping(SIMULATOR), name);
            case "opcua" -> opcUa(item.mapping(OPCUA), name);
            case "mqtt" -> mqtt(item.mapping(MQTT), name, agentId);
            default -> throw typeNode.fail("unknown source type '" + type + "'; allowed: " + String.join(", ", TYPES));
        };
    }

    private static SourceSettings simulator(ConfigNode node, String name) {
        List<AssetId> assets = new ArrayList<>();
        if (node.has("assets")) {
            for (ConfigNode asset : node.get("assets").list()) {
                assets.add(assetId(asset));
            }
        }
        return new SourceSettings.Simulator(name, node.find("plant").map(ConfigNode::file),
                node.find("interval").map(d -> d.duration(true)).orElse(Duration.ofSeconds(1)),
                node.find("seed").map(n -> n.whole(Long.MIN_VALUE, Long.MAX_VALUE)).orElse(42L),
                node.find("realistic").map(ConfigNode::bool).orElse(false), assets);
    }

    private static SourceSettings opcUa(ConfigNode node, String name) {
        ConfigNode endpoint = node.get("endpoint");
        OpcUaSourceConfig.Builder client = EdgeConfigReader.build(endpoint,
                () -> OpcUaSourceConfig.builder(endpoint.text(), node.get("pki").file()));
        node.find("security").ifPresent(s -> client.security(s.choice(OpcUaSecurity.class)));
        if (node.has("username") != node.has("password")) {
            throw node.fail("username and password must be given together or not at all");
        }
        if (node.has("username")) {
            client.credentials(node.get("username").text(), node.get("password").secret().value());
        }
        node.find("key-store-password").ifPresent(s -> client.keyStorePassword(s.secret().value()));
        node.find("publishing-interval").ifPresent(d -> client.publishingInterval(d.duration(true)));
        Optional<String> sourceLocation = node.find("location").map(SourceReader::location);
        Map<AssetId, String> locations = new LinkedHashMap<>();
        for (ConfigNode item : node.get("nodes").list()) {
            item.mapping(NODE);
            AssetId asset = assetId(item.get("asset"));
            ConfigNode signalNode = item.get("signal");
            SignalType signal = SignalType.fromWireName(signalNode.text()).orElseThrow(() -> signalNode.fail(
                    "unknown signal '" + signalNode.text() + "'; known: " + signalNames()));
            String location = item.find("location").map(SourceReader::location).or(() -> sourceLocation)
                    .orElseThrow(() -> item.fail("no location for asset " + asset + "; give 'location: "
                            + "enterprise/site/area/line' on the node or the source"));
            String previous = locations.putIfAbsent(asset, location);
            if (previous != null && !previous.equals(location)) {
                throw item.fail("asset " + asset + " was placed at " + previous + " before, not at " + location);
            }
            Duration sampling = item.find("sampling-interval").map(d -> d.duration(true)).orElse(Duration.ofSeconds(1));
            String nodeId = item.get("node-id").text();
            MonitoredNode monitored = EdgeConfigReader.build(item, () -> MonitoredNode.of(nodeId, asset, signal, sampling));
            if (item.has("deadband")) {
                ConfigNode deadband = item.get("deadband");
                monitored = EdgeConfigReader.build(deadband, () -> MonitoredNode.of(nodeId, asset, signal, sampling)
                        .withAbsoluteDeadband(deadband.decimal()));
            }
            MonitoredNode finalNode = monitored;
            EdgeConfigReader.build(item, () -> client.node(finalNode));
        }
        OpcUaSourceConfig config = EdgeConfigReader.build(node.get("nodes"), client::build);
        return new SourceSettings.OpcUa(name, config, locations);
    }

    private static SourceSettings mqtt(ConfigNode node, String name, String agentId) {
        if (node.has("password") && !node.has("username")) {
            throw node.get("password").fail("a password needs a username");
        }
        String filter = node.find("topic-filter").map(ConfigNode::text).orElse("+/+/+/+/+/+");
        String problem = TopicFilter.problem(filter);
        if (problem != null) {
            throw node.get("topic-filter").fail(problem);
        }
        return new SourceSettings.Mqtt(name, node.get("host").text(),
                node.find("port").map(p -> (int) p.whole(1, 65535)).orElse(1883),
                node.find("client-id").map(ConfigNode::text).orElse(agentId + "-" + name), filter,
                node.find("username").map(ConfigNode::text), node.find("password").map(ConfigNode::secret));
    }

    private static AssetId assetId(ConfigNode node) {
        String text = node.text();
        if (!AssetId.isValid(text)) {
            throw node.fail("'" + text + "' is not an asset id (lower-case letters, digits and dashes, at most 64)");
        }
        return AssetId.of(text);
    }

    private static String location(ConfigNode node) {
        return node.text(LOCATION, "an ISA-95 location enterprise/site/area/line such as acme/north/assembly/line-1");
    }

    private static String signalNames() {
        List<String> names = new ArrayList<>();
        for (SignalType type : SignalType.values()) {
            names.add(type.wireName());
        }
        return String.join(", ", names);
    }
}
