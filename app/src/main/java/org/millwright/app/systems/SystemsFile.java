package org.millwright.app.systems;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The systems of record and which of them serves each port per site, read from YAML:
 *
 * <pre>
 * systems:
 *   erp-north: {type: tryton, url: http://tryton.north:8000/, database: hub, login: hub,
 *               password: {env: TRYTON_PASSWORD}}
 *   cmms:      {type: rest, mapping: /etc/millwright/acme-cmms.yaml}
 *   sandbox:   {type: sandbox}
 * sites:
 *   "*":   {all: sandbox}                       # every site not listed, and every port a site leaves out
 *   north: {work: cmms, inventory: erp-north, procurement: erp-north}
 * </pre>
 *
 * A site is the ISA-95 site of the asset. Secrets are never written in the file: a key named like a password, key,
 * secret or token must be a reference {@code {env: NAME}} or {@code {file: path}}, resolved when the file is read.
 */
public record SystemsFile(String source, Map<String, SystemDefinition> systems, Map<String, Map<Port, String>> sites) {
    /** The site whose routes apply where a site or a port is not listed. */
    public static final String ANY_SITE = "*";
    private static final Pattern SECRET_KEY = Pattern.compile("(?i).*(password|apikey|api-key|secret|token).*");
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    /** Keeps the file's order of systems and sites. */
    public SystemsFile {
        Objects.requireNonNull(source, "source");
        systems = Collections.unmodifiableMap(new LinkedHashMap<>(systems));
        sites = Collections.unmodifiableMap(new LinkedHashMap<>(sites));
    }

    /** One configured system: its name, adapter type and the adapter's own settings (secrets resolved). */
    public record SystemDefinition(String name, String type, JsonNode settings) {
    }

    /** Today's default: the sandbox systems behind the names erp, eam, planning and field-service. */
    public static SystemsFile sandbox() {
        return parse("""
                systems:
                  erp: {type: sandbox}
                  eam: {type: sandbox}
                  planning: {type: sandbox}
                  field-service: {type: sandbox}
                sites:
                  "*": {assets: erp, work: eam, inventory: erp, procurement: erp, planning: planning,
                        field-service: field-service}
                """, "built-in sandbox routing", System::getenv);
    }

    public static SystemsFile read(Path file) {
        try {
            return parse(Files.readString(file), file.toString(), System::getenv);
        } catch (IOException e) {
            throw new SystemsFileException(file + ": cannot read the systems file: " + e.getMessage(), e);
        }
    }

    static SystemsFile parse(String yaml, String source, Function<String, String> environment) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JacksonException e) {
            throw new SystemsFileException(source + ": not valid YAML: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"), e);
        }
        if (root == null || !root.isObject()) {
            throw new SystemsFileException(source + ": expected a mapping with 'systems' and 'sites'");
        }
        root.propertyNames().forEach(key -> {
            if (!key.equals("systems") && !key.equals("sites")) {
                throw new SystemsFileException(source + ": unknown key '" + key + "' (expected systems, sites)");
            }
        });
        Map<String, SystemDefinition> systems = new LinkedHashMap<>();
        JsonNode systemsNode = object(root, "systems", source);
        systemsNode.properties().forEach(entry -> {
            String name = entry.getKey();
            JsonNode settings = entry.getValue();
            if (!settings.isObject() || !settings.path("type").isString()) {
                throw new SystemsFileException(source + ": systems." + name + " needs a 'type'"
                        + " (sandbox, tryton, rest, ...)");
            }
            ObjectNode resolved = (ObjectNode) settings.deepCopy();
            resolveSecrets(resolved, "systems." + name, source, environment);
            systems.put(name, new SystemDefinition(name, settings.get("type").asString(), resolved));
        });
        Map<String, Map<Port, String>> sites = new LinkedHashMap<>();
        object(root, "sites", source).properties().forEach(entry -> sites.put(entry.getKey(),
                routes(entry.getValue(), "sites." + entry.getKey(), systems, source)));
        if (!sites.containsKey(ANY_SITE) || sites.get(ANY_SITE).size() != Port.values().length) {
            throw new SystemsFileException(source + ": sites.\"*\" must route every port (" + Port.keys()
                    + "), or say 'all: <system>'; it serves every site and port not listed");
        }
        return new SystemsFile(source, systems, sites);
    }

    private static Map<Port, String> routes(JsonNode node, String path, Map<String, SystemDefinition> systems,
                                            String source) {
        if (!node.isObject()) {
            throw new SystemsFileException(source + ": " + path + " must map ports to systems");
        }
        Map<Port, String> routes = new EnumMap<>(Port.class);
        node.properties().forEach(entry -> {
            String system = entry.getValue().asString();
            if (!systems.containsKey(system)) {
                throw new SystemsFileException(source + ": " + path + "." + entry.getKey() + " names system '" + system
                        + "', which is not under 'systems' (known: " + String.join(", ", systems.keySet()) + ")");
            }
            if (entry.getKey().equals("all")) {
                for (Port port : Port.values()) {
                    routes.putIfAbsent(port, system);
                }
            } else {
                Port port = Port.ofKey(entry.getKey()).orElseThrow(() -> new SystemsFileException(source + ": " + path
                        + "." + entry.getKey() + " is not a port (expected all, " + Port.keys() + ")"));
                routes.put(port, system);
            }
        });
        return routes;
    }

    private static JsonNode object(JsonNode root, String key, String source) {
        JsonNode node = root.path(key);
        if (!node.isObject()) {
            throw new SystemsFileException(source + ": '" + key + "' must be a mapping");
        }
        return node;
    }

    private static void resolveSecrets(ObjectNode node, String path, String source,
                                       Function<String, String> environment) {
        for (String key : node.propertyNames().stream().toList()) {
            JsonNode value = node.get(key);
            String at = path + "." + key;
            if (value.isObject() && value.size() == 1 && (value.has("env") || value.has("file"))) {
                node.put(key, secret(value, at, source, environment));
            } else if (value.isObject()) {
                resolveSecrets((ObjectNode) value, at, source, environment);
            } else if (SECRET_KEY.matcher(key).matches() && value.isString()) {
                throw new SystemsFileException(source + ": " + at + " holds a literal secret; write a reference"
                        + " instead, {env: NAME} or {file: /path/to/secret}");
            }
        }
    }

    private static String secret(JsonNode reference, String at, String source, Function<String, String> environment) {
        if (reference.has("env")) {
            String name = reference.get("env").asString();
            String value = environment.apply(name);
            if (value == null) {
                throw new SystemsFileException(source + ": " + at + " refers to environment variable " + name
                        + ", which is not set");
            }
            return value;
        }
        Path file = Path.of(reference.get("file").asString());
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new SystemsFileException(source + ": " + at + " refers to file " + file + ", which cannot be read: "
                    + e.getMessage(), e);
        }
    }
}
