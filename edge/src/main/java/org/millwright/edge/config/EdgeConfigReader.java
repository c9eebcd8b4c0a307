package org.millwright.edge.config;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the agent's YAML file (schema in the module README) into an {@link EdgeConfig}. The first problem found
 * is thrown as an {@link EdgeConfigException} naming the file, the line and what is wrong; unknown keys are
 * problems too, so a misspelt key never silently falls back to a default. Relative paths are resolved against
 * the file's folder.
 */
public final class EdgeConfigReader {
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final String NAME_RULE = "a name of 1 to 64 letters, digits, '.', '_' or '-'";
    private static final List<String> TOP = List.of("agent-id", "hub", "buffer", "backfill", "status", "sources",
            "filters");
    private static final List<String> HUB = List.of("host", "port", "client-id", "username", "password",
            "session-expiry", "keep-alive", "connect-timeout", "reconnect-max-delay", "max-in-flight");
    private static final List<String> BUFFER = List.of("path", "max-rows", "max-bytes", "when-full", "synchronous");
    private static final List<String> FILTER = List.of("match", "deadband", "min-interval", "max-interval");

    private EdgeConfigReader() {
    }

    /** Reads a file, taking secrets given as {@code {env: NAME}} from this process's environment. */
    public static EdgeConfig read(Path file) {
        return read(file, System::getenv);
    }

    /**
     * Reads a file.
     *
     * @param environment looks up the variables of {@code {env: NAME}} secrets
     * @throws EdgeConfigException naming the file, line and problem
     */
    public static EdgeConfig read(Path file, Function<String, String> environment) {
        Objects.requireNonNull(file, "file");
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new EdgeConfigException(file.toString(), 0, "no such file");
        } catch (IOException e) {
            throw new EdgeConfigException(file.toString(), 0, "cannot read the file: " + e.getMessage(), e);
        }
        Path base = file.toAbsolutePath().getParent();
        return parse(text, new ConfigNode.Context(file.toString(), base, environment));
    }

    static EdgeConfig parse(String yaml, ConfigNode.Context context) {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new EdgeConfigException(context.file(), mark == null ? 1 : mark.getLine() + 1,
                    "not valid YAML: " + (e.getContext() == null ? "" : e.getContext() + ", ") + e.getProblem(), e);
        } catch (YAMLException e) {
            throw new EdgeConfigException(context.file(), 1, "not valid YAML: " + e.getMessage(), e);
        }
        if (root == null) {
            throw new EdgeConfigException(context.file(), 1, "the file is empty; it needs at least agent-id, hub, "
                    + "buffer and sources");
        }
        ConfigNode top = new ConfigNode(context, root, "").mapping(TOP);
        String agentId = top.get("agent-id").text(NAME, NAME_RULE);
        EdgeConfig.Hub hub = hub(top.get("hub"), agentId);
        EdgeConfig.Buffer buffer = buffer(top.get("buffer"));
        EdgeConfig.Backfill backfill = new EdgeConfig.Backfill(200);
        if (top.has("backfill")) {
            ConfigNode rate = top.get("backfill").mapping(List.of("rate")).get("rate");
            backfill = build(rate, () -> new EdgeConfig.Backfill(rate.decimal()));
        }
        EdgeConfig.Status status = new EdgeConfig.Status(Optional.empty(), Duration.ofMinutes(1));
        if (top.has("status")) {
            ConfigNode node = top.get("status").mapping(List.of("http-port", "log-interval"));
            status = new EdgeConfig.Status(node.find("http-port").map(port -> (int) port.whole(0, 65535)),
                    node.find("log-interval").map(interval -> interval.duration(true)).orElse(Duration.ofMinutes(1)));
        }
        ConfigNode sourcesNode = top.get("sources");
        List<SourceSettings> sources = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (ConfigNode item : sourcesNode.list()) {
            SourceSettings source = SourceReader.read(item, agentId);
            if (names.contains(source.name())) {
                throw item.fail("source name '" + source.name() + "' is used twice");
            }
            names.add(source.name());
            sources.add(source);
        }
        if (sources.isEmpty()) {
            throw sourcesNode.fail("list at least one source");
        }
        List<FilterRule> filters = new ArrayList<>();
        if (top.has("filters")) {
            for (ConfigNode item : top.get("filters").list()) {
                filters.add(filter(item));
            }
        }
        EdgeConfig.Status finalStatus = status;
        EdgeConfig.Backfill finalBackfill = backfill;
        return build(top, () -> new EdgeConfig(agentId, hub, buffer, finalBackfill, finalStatus, sources, filters));
    }

    private static EdgeConfig.Hub hub(ConfigNode node, String agentId) {
        node.mapping(HUB);
        String host = node.get("host").text();
        int port = node.find("port").map(p -> (int) p.whole(1, 65535)).orElse(1883);
        String clientId = node.find("client-id").map(ConfigNode::text).orElse(agentId);
        Optional<String> username = node.find("username").map(ConfigNode::text);
        Optional<Secret> password = node.find("password").map(ConfigNode::secret);
        Duration expiry = node.find("session-expiry").map(d -> d.duration(true)).orElse(Duration.ofDays(1));
        if (expiry.getSeconds() > 0xFFFF_FFFFL) {
            throw node.get("session-expiry").fail("must be at most 4294967295 seconds (MQTT 5 limit)");
        }
        Duration keepAlive = node.find("keep-alive").map(d -> d.duration(true)).orElse(Duration.ofSeconds(30));
        if (keepAlive.getSeconds() > 65535) {
            throw node.get("keep-alive").fail("must be at most 65535 seconds (MQTT limit)");
        }
        Duration connectTimeout = node.find("connect-timeout").map(d -> d.duration(true)).orElse(Duration.ofSeconds(10));
        Duration reconnect = node.find("reconnect-max-delay").map(d -> d.duration(true)).orElse(Duration.ofSeconds(30));
        int inFlight = node.find("max-in-flight").map(n -> (int) n.whole(1, 65535)).orElse(100);
        return build(node, () -> new EdgeConfig.Hub(host, port, clientId, username, password, expiry, keepAlive,
                connectTimeout, reconnect, inFlight));
    }

    private static EdgeConfig.Buffer buffer(ConfigNode node) {
        node.mapping(BUFFER);
        return new EdgeConfig.Buffer(node.get("path").file(),
                node.find("max-rows").map(n -> n.whole(1, Long.MAX_VALUE)).orElse(1_000_000L),
                node.find("max-bytes").map(ConfigNode::bytes).orElse(256L << 20),
                node.find("when-full").map(n -> n.choice(WhenFull.class)).orElse(WhenFull.DROP_OLDEST),
                node.find("synchronous").map(n -> n.choice(Synchronous.class)).orElse(Synchronous.FULL));
    }

    private static FilterRule filter(ConfigNode node) {
        node.mapping(FILTER);
        ConfigNode match = node.get("match");
        String filter = match.text();
        String problem = TopicFilter.problem(filter);
        if (problem != null) {
            throw match.fail(problem);
        }
        Optional<FilterRule.Deadband> deadband = node.find("deadband").map(EdgeConfigReader::deadband);
        Duration min = node.find("min-interval").map(d -> d.duration(false)).orElse(Duration.ZERO);
        Optional<Duration> max = node.find("max-interval").map(d -> d.duration(true));
        if (max.isPresent() && max.get().compareTo(min) < 0) {
            throw node.get("max-interval").fail("must not be shorter than min-interval " + min);
        }
        return new FilterRule(filter, deadband, min, max);
    }

    private static FilterRule.Deadband deadband(ConfigNode node) {
        node.mapping(List.of("absolute", "percent"));
        boolean percent = node.has("percent");
        if (percent == node.has("absolute")) {
            throw node.fail("give exactly one of {absolute: amount} or {percent: amount}");
        }
        ConfigNode amount = node.get(percent ? "percent" : "absolute");
        return build(amount, () -> new FilterRule.Deadband(amount.decimal(), percent));
    }

    /** Builds a record, turning its validation error into one that names the node's line. */
    static <T> T build(ConfigNode at, java.util.function.Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            throw at.fail(e.getMessage());
        }
    }
}
