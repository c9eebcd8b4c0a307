package org.millwright.app.systems;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.millwright.app.json.ModelModule;
import org.millwright.app.systems.SystemsFile.SystemDefinition;
import org.millwright.connector.framework.SystemPolicy;
import org.millwright.connector.maximo.MaximoConfig;
import org.millwright.connector.maximo.MaximoConnector;
import org.millwright.connector.rest.RestConfigException;
import org.millwright.connector.rest.RestConnector;
import org.millwright.connector.rest.RestMapping;
import org.millwright.connector.sandbox.SandboxConnector;
import org.millwright.connector.sap.SapConfig;
import org.millwright.connector.sap.SapConnector;
import org.millwright.connector.tryton.TrytonConfig;
import org.millwright.connector.tryton.TrytonConnector;
import org.millwright.model.Severity;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes the adapter of a configured system from its {@code type} and settings. Adapter settings bind to the
 * adapter's own configuration record (the names are the record's components, durations ISO-8601 such as
 * {@code PT5S}); the optional {@code policy} overrides parts of {@link SystemPolicy#defaults()}.
 */
public final class AdapterFactory {
    /** Keys of a system's settings that are the hub's, not the adapter's. */
    /** The suffix of the name an alternate endpoint is registered under, e.g. {@code erp/alternate}. */
    public static final String ALTERNATE = "/alternate";
    private static final Set<String> HUB_KEYS = Set.of("type", "policy", "alternate");
    private static final JsonMapper JSON = ModelModule.MAPPER;
    /** What a Tryton system's settings may leave out. */
    private static final String TRYTON_DEFAULTS = """
            {"connection": {"requestTimeout": "PT10S", "loginTimeout": "PT90S"}, "company": {}, "language": "en",
             "zone": "UTC", "partialStock": "KEEP_PARTIAL", "supplyLeadTime": "P7D"}""";
    private static final TypeReference<Map<Severity, Integer>> SEVERITY_PRIORITIES = new TypeReference<>() { };

    private final Supplier<URI> sandboxUrl;
    private final Duration requestTimeout;
    private final Clock clock;
    private final Function<String, String> environment;

    /**
     * @param sandboxUrl     the sandbox systems' address, for a {@code sandbox} system without {@code url}
     * @param requestTimeout timeout of one call, for adapters whose settings do not say
     */
    public AdapterFactory(Supplier<URI> sandboxUrl, Duration requestTimeout, Clock clock) {
        this(sandboxUrl, requestTimeout, clock, System::getenv);
    }

    /** @param environment resolves the secret references of REST mapping files */
    public AdapterFactory(Supplier<URI> sandboxUrl, Duration requestTimeout, Clock clock,
                          Function<String, String> environment) {
        this.sandboxUrl = Objects.requireNonNull(sandboxUrl, "sandboxUrl");
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    /**
     * The adapter of the system's alternate endpoint (a standby of the same system), when its settings have an
     * {@code alternate}: the system's settings with what {@code alternate} changes, e.g. {@code alternate: {url: ...}}.
     */
    public Optional<Object> createAlternate(SystemDefinition system, String source) {
        JsonNode alternate = system.settings().path("alternate");
        if (alternate.isMissingNode()) {
            return Optional.empty();
        }
        if (!alternate.isObject()) {
            throw new SystemsFileException(source + ": systems." + system.name() + ".alternate must be a mapping of"
                    + " the settings that differ at the alternate endpoint, e.g. {url: ...}");
        }
        ObjectNode settings = (ObjectNode) system.settings().deepCopy();
        mergeInto(settings, alternate);
        return Optional.of(create(new SystemDefinition(system.name() + ALTERNATE, system.type(), settings), source));
    }

    /** The adapter; it implements the ports its system supports. */
    public Object create(SystemDefinition system, String source) {
        JsonNode settings = adapterSettings(system.settings());
        return switch (system.type()) {
            case "sandbox" -> new SandboxConnector(settings.has("url") ? URI.create(settings.get("url").asString())
                    : sandboxUrl.get(), requestTimeout, bind(settings.path("priorities").isMissingNode()
                    ? JSON.createObjectNode() : settings.get("priorities"), SEVERITY_PRIORITIES, system, source));
            case "sap" -> new SapConnector(bind(settings, SapConfig.class, system, source), clock);
            case "maximo" -> new MaximoConnector(bind(settings, MaximoConfig.class, system, source), clock);
            case "tryton" -> new TrytonConnector(bind(underDefaults(settings, TRYTON_DEFAULTS), TrytonConfig.class,
                    system, source), clock);
            case "rest" -> rest(settings, system, source);
            default -> throw new SystemsFileException(source + ": systems." + system.name() + ".type '"
                    + system.type() + "' is not an adapter (known: sandbox, sap, maximo, tryton, rest)");
        };
    }

    /**
     * A REST system without an adapter: {@code mapping} (the YAML mapping file; relative to the systems file),
     * {@code url} (the base URL) and {@code timeout} of one call.
     */
    private RestConnector rest(JsonNode settings, SystemDefinition system, String source) {
        String at = source + ": systems." + system.name();
        if (!settings.path("mapping").isString() || !settings.path("url").isString()) {
            throw new SystemsFileException(at + " (rest) needs 'mapping' (the mapping file) and 'url' (the base URL)");
        }
        Path mapping = Path.of(settings.get("mapping").asString());
        Path systemsFile = Path.of(source).toAbsolutePath().getParent();
        if (!mapping.isAbsolute() && systemsFile != null) {
            mapping = systemsFile.resolve(mapping);
        }
        try {
            Duration timeout = settings.has("timeout") ? Duration.parse(settings.get("timeout").asString())
                    : requestTimeout;
            return new RestConnector(RestMapping.load(mapping, environment), URI.create(settings.get("url").asString()), timeout,
                    clock);
        } catch (RestConfigException | IllegalArgumentException | DateTimeParseException e) {
            throw new SystemsFileException(at + " (rest): " + e.getMessage(), e);
        }
    }

    /** The system's protection: the defaults, with what its {@code policy} settings change. */
    public SystemPolicy policy(SystemDefinition system, String source) {
        JsonNode overrides = system.settings().path("policy");
        if (overrides.isMissingNode()) {
            return SystemPolicy.defaults();
        }
        if (!overrides.isObject()) {
            throw new SystemsFileException(source + ": systems." + system.name() + ".policy must be a mapping");
        }
        ObjectNode merged = JSON.valueToTree(SystemPolicy.defaults());
        mergeInto(merged, overrides, source + ": systems." + system.name() + ".policy");
        return bind(merged, SystemPolicy.class, system, source);
    }

    /** {@code settings} with what they leave out taken from {@code defaults}. */
    private static JsonNode underDefaults(JsonNode settings, String defaults) {
        ObjectNode merged = (ObjectNode) JSON.readTree(defaults);
        mergeInto(merged, settings);
        return merged;
    }

    private static void mergeInto(ObjectNode target, JsonNode overrides) {
        mergeInto(target, overrides, null);
    }

    /**
     * Overrides {@code target}'s values with {@code overrides}, mapping by mapping. With a {@code strictPath}, a key
     * {@code target} does not have is refused, named by that path.
     */
    private static void mergeInto(ObjectNode target, JsonNode overrides, String strictPath) {
        for (Map.Entry<String, JsonNode> entry : overrides.properties()) {
            JsonNode current = target.get(entry.getKey());
            String at = strictPath == null ? null : strictPath + "." + entry.getKey();
            if (current == null && at != null) {
                throw new SystemsFileException(at + " is not a policy setting (known: "
                        + String.join(", ", target.propertyNames()) + ")");
            }
            if (current instanceof ObjectNode object && entry.getValue().isObject()) {
                mergeInto(object, entry.getValue(), at);
            } else {
                target.set(entry.getKey(), entry.getValue());
            }
        }
    }

    private static JsonNode adapterSettings(JsonNode settings) {
        ObjectNode copy = (ObjectNode) settings.deepCopy();
        HUB_KEYS.forEach(copy::remove);
        return copy;
    }

    private static <T> T bind(JsonNode settings, Class<T> type, SystemDefinition system, String source) {
        return bind(settings, JSON.getTypeFactory().constructType(type), system, source);
    }

    private static <T> T bind(JsonNode settings, TypeReference<T> type, SystemDefinition system, String source) {
        return bind(settings, JSON.getTypeFactory().constructType(type), system, source);
    }

    private static <T> T bind(JsonNode settings, JavaType type, SystemDefinition system, String source) {
        try {
            return JSON.treeToValue(settings, type);
        } catch (JacksonException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new SystemsFileException(source + ": systems." + system.name() + " (" + system.type() + "): "
                    + (cause instanceof IllegalArgumentException || cause instanceof NullPointerException
                    ? cause.getMessage() : e.getOriginalMessage()) + " at " + e.getPathReference(), e);
        }
    }
}
