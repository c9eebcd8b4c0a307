package org.millwright.onboarding.internal.config;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.millwright.onboarding.SourceKind;
import org.millwright.protocol.opcua.OpcUaSecurity;

/** Reads one entry of {@code sources:}, by its {@code kind}. */
final class SourceParser {
    private static final String[] MQTT_KEYS = {"id", "kind", "broker", "topic", "payload", "sessionExpiry", "tags"};
    private static final String[] SPARKPLUG_KEYS = {"id", "kind", "broker", "hostId", "groups"};
    private static final String[] OPCUA_KEYS = {"id", "kind", "endpoint", "securityPolicy", "securityMode", "username",
            "password", "pki", "publishingInterval", "samplingInterval", "nodes"};
    private static final Pattern NODE_ID = Pattern.compile(
            "(ns=\\d+;|nsu=[^;]+;)?(i=\\d+|s=.+|g=[0-9A-Fa-f]{8}(-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}|b=[A-Za-z0-9+/]+=*)");
    private static final Duration DEFAULT_SESSION_EXPIRY = Duration.ofHours(1);
    private static final Duration DEFAULT_PUBLISHING = Duration.ofSeconds(1);
    private static final Duration DEFAULT_SAMPLING = Duration.ofMillis(500);

    private final Doc doc;
    private final PlantParser plant;
    private final String plantId;

    SourceParser(Doc doc, PlantParser plant, String plantId) {
        this.doc = doc;
        this.plant = plant;
        this.plantId = plantId;
    }

    SourceSpec parse(Yaml node, int position) {
        Fields first = Fields.unchecked(doc, node, "source #" + position);
        String id = plant.id(first, "source id");
        String what = "source '" + id + "'";
        SourceKind kind = plant.kind(first.named(what));
        return switch (kind) {
            case MQTT_JSON -> mqtt(Fields.of(doc, node, what, MQTT_KEYS), id);
            case SPARKPLUG -> sparkplug(Fields.of(doc, node, what, SPARKPLUG_KEYS), id);
            case OPCUA -> opcua(Fields.of(doc, node, what, OPCUA_KEYS), id);
        };
    }

    private MqttJsonSpec mqtt(Fields source, String id) {
        Yaml topicNode = source.required("topic");
        TopicTemplate topic;
        try {
            topic = TopicTemplate.parse(doc.text(topicNode, source.where("topic")));
        } catch (IllegalArgumentException e) {
            throw doc.error(topicNode, e.getMessage());
        }
        PayloadFormat payload = source.optional("payload").map(node -> payload(node, source.what()))
                .orElse(PayloadFormat.DEFAULT);
        Duration expiry = source.optional("sessionExpiry").map(node -> doc.duration(node, source.where("sessionExpiry")))
                .orElse(DEFAULT_SESSION_EXPIRY);
        List<String> names = topic.names();
        List<MqttJsonSpec.Tag> tags = new ArrayList<>();
        Map<List<String>, Integer> seen = new HashMap<>();
        for (Yaml item : doc.list(source.required("tags"), source.where("tags"))) {
            String what = "tag #" + (tags.size() + 1) + " of " + source.what();
            Fields tag = Fields.of(doc, item, what, keys("match"));
            Fields match = Fields.of(doc, tag.required("match"), "'match' of " + what, names.toArray(String[]::new));
            List<String> values = new ArrayList<>();
            for (String name : names) {
                if (!match.has(name)) {
                    throw doc.error(match.node(), "'match' of " + what + " must give a value for every named level of "
                            + topic.text() + "; missing: " + name);
                }
                values.add(match.text(name));
            }
            Integer firstLine = seen.putIfAbsent(values, item.line());
            if (firstLine != null) {
                throw doc.error(item, what + " matches the same topic as the tag on line " + firstLine);
            }
            String tagName = topic.text() + " " + values;
            tags.add(new MqttJsonSpec.Tag(values, plant.mapping(tag, tagName, what)));
        }
        return new MqttJsonSpec(id, broker(source), topic, payload, expiry, tags);
    }

    private PayloadFormat payload(Yaml node, String what) {
        Fields fields = Fields.of(doc, node, "'payload' of " + what, "value", "timestamp", "quality");
        String value = fields.optionalText("value").orElse(PayloadFormat.DEFAULT.value());
        Optional<String> timestamp = PayloadFormat.DEFAULT.timestamp();
        if (fields.has("timestamp")) {
            String text = fields.text("timestamp");
            timestamp = "arrival".equals(text) ? Optional.empty() : Optional.of(text);
        }
        String quality = fields.optionalText("quality").orElse(PayloadFormat.DEFAULT.quality());
        return new PayloadFormat(value, timestamp, quality);
    }

    private SparkplugSpec sparkplug(Fields source, String id) {
        String hostId = source.optional("hostId").map(node -> sparkplugId(node, source.where("hostId")))
                .orElse("millwright-" + plantId);
        List<SparkplugSpec.Metric> metrics = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Yaml groupNode : doc.list(source.required("groups"), source.where("groups"))) {
            Fields group = Fields.of(doc, groupNode, "a group of " + source.what(), "id", "metrics");
            String groupId = sparkplugId(group.required("id"), "group id of " + source.what());
            String groupWhat = "group '" + groupId + "' of " + source.what();
            for (Yaml item : doc.list(group.required("metrics"), "'metrics' of " + groupWhat)) {
                String what = "metric #" + (metrics.size() + 1) + " of " + source.what();
                Fields metric = Fields.of(doc, item, what, keys("edgeNode", "device", "metric"));
                String node = sparkplugId(metric.required("edgeNode"), metric.where("edgeNode"));
                Optional<String> device = metric.optional("device").map(value -> sparkplugId(value, metric.where("device")));
                String name = metric.text("metric");
                String tag = groupId + '/' + node + device.map(d -> '/' + d).orElse("") + ':' + name;
                Integer firstLine = seen.putIfAbsent(tag, item.line());
                if (firstLine != null) {
                    throw doc.error(item, "metric " + tag + " is mapped twice (first on line " + firstLine + ")");
                }
                metrics.add(new SparkplugSpec.Metric(groupId, node, device, name, plant.mapping(metric, tag, what)));
            }
        }
        Optional<BrokerSpec> broker = broker(source);
        if (broker.isPresent() && (broker.get().username().isPresent() || broker.get().password().isPresent())) {
            throw doc.error(source.required("broker"), "the Sparkplug host of " + source.what() + " cannot log in to a"
                    + " broker yet; remove 'username' and 'password' or use a broker that lets it connect without");
        }
        return new SparkplugSpec(id, broker, hostId, metrics);
    }

    private String sparkplugId(Yaml node, String what) {
        String id = doc.text(node, what);
        if (id.contains("/") || id.contains("+") || id.contains("#")) {
            throw doc.error(node, what + " '" + id + "' must not contain '/', '+' or '#' (it is an MQTT topic level)");
        }
        return id;
    }

    private OpcUaSpec opcua(Fields source, String id) {
        Yaml endpointNode = source.required("endpoint");
        String endpoint = doc.text(endpointNode, source.where("endpoint"));
        URI uri;
        try {
            uri = URI.create(endpoint);
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || !"opc.tcp".equals(uri.getScheme()) || uri.getHost() == null || uri.getPort() < 1) {
            throw doc.error(endpointNode, "endpoint '" + endpoint + "' of " + source.what()
                    + " must look like opc.tcp://host:port/path");
        }
        OpcUaSecurity security = security(source);
        Optional<String> username = source.optional("username").map(node -> doc.textOrReference(node,
                source.where("username")));
        Optional<Secret> password = source.optional("password").map(node -> doc.secret(node, source.where("password")));
        if (username.isPresent() != password.isPresent()) {
            throw doc.error(source.node(), source.what() + " must give 'username' and 'password' together, or"
                    + " neither for anonymous access");
        }
        Duration publishing = source.optional("publishingInterval")
                .map(node -> doc.duration(node, source.where("publishingInterval"))).orElse(DEFAULT_PUBLISHING);
        Duration sampling = source.optional("samplingInterval")
                .map(node -> doc.duration(node, source.where("samplingInterval"))).orElse(DEFAULT_SAMPLING);
        List<OpcUaSpec.Node> nodes = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Yaml item : doc.list(source.required("nodes"), source.where("nodes"))) {
            String what = "node #" + (nodes.size() + 1) + " of " + source.what();
            Fields node = Fields.of(doc, item, what, keys("node", "samplingInterval", "deadband"));
            Yaml idNode = node.required("node");
            String nodeId = doc.text(idNode, node.where("node"));
            if (!NODE_ID.matcher(nodeId).matches()) {
                throw doc.error(idNode, "node id '" + nodeId + "' of " + what + " is not in OPC UA string form, e.g."
                        + " ns=2;s=Line1/Motor1/Vibration or ns=3;i=1042");
            }
            Integer firstLine = seen.putIfAbsent(nodeId, item.line());
            if (firstLine != null) {
                throw doc.error(idNode, "node " + nodeId + " is configured twice (first on line " + firstLine + ")");
            }
            Duration nodeSampling = node.optional("samplingInterval")
                    .map(value -> doc.duration(value, node.where("samplingInterval"))).orElse(sampling);
            Optional<Double> deadband = node.optional("deadband").map(value -> {
                double band = doc.number(value, node.where("deadband"));
                if (band < 0) {
                    throw doc.error(value, node.where("deadband") + " must be 0 or more, found " + band);
                }
                return band;
            });
            nodes.add(new OpcUaSpec.Node(nodeId, nodeSampling, deadband, plant.mapping(node, nodeId, what)));
        }
        return new OpcUaSpec(id, endpoint, security, username, password,
                source.optional("pki").map(node -> doc.path(node, source.where("pki"))), publishing, nodes);
    }

    private OpcUaSecurity security(Fields source) {
        String policy = source.optionalText("securityPolicy").orElse("None");
        if (!policy.equals("None") && !policy.equals("Basic256Sha256")) {
            throw doc.error(source.required("securityPolicy"), "security policy '" + policy + "' of " + source.what()
                    + " is not supported; supported: None, Basic256Sha256");
        }
        String mode = source.optionalText("securityMode").orElse(policy.equals("None") ? "None" : "SignAndEncrypt");
        if (policy.equals("None") && mode.equals("None")) {
            return OpcUaSecurity.NONE;
        }
        if (policy.equals("Basic256Sha256") && mode.equals("SignAndEncrypt")) {
            return OpcUaSecurity.BASIC256SHA256_SIGN_AND_ENCRYPT;
        }
        throw doc.error(source.optional("securityMode").orElse(source.node()), "security policy " + policy
                + " with mode " + mode + " of " + source.what() + " is not supported; supported: None with None,"
                + " Basic256Sha256 with SignAndEncrypt");
    }

    private Optional<BrokerSpec> broker(Fields source) {
        return source.optional("broker").map(node -> {
            Fields broker = Fields.of(doc, node, "'broker' of " + source.what(), "host", "port", "username", "password");
            String host = broker.text("host");
            int port = broker.optional("port").map(value -> doc.integer(value, broker.where("port"), 1, 65_535))
                    .orElse(1883);
            Optional<String> username = broker.optional("username")
                    .map(value -> doc.textOrReference(value, broker.where("username")));
            Optional<Secret> password = broker.optional("password")
                    .map(value -> doc.secret(value, broker.where("password")));
            return new BrokerSpec(host, port, username, password);
        });
    }

    private static String[] keys(String... own) {
        return Stream.concat(Stream.of(own), Stream.of(PlantParser.MAPPING_KEYS)).toArray(String[]::new);
    }
}
