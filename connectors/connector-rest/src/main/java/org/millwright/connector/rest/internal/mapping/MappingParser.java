package org.millwright.connector.rest.internal.mapping;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.millwright.connector.rest.internal.template.BodyTemplate;
import org.millwright.connector.rest.internal.template.Filters;
import org.millwright.connector.rest.internal.template.Table;
import org.millwright.connector.rest.internal.template.Template;
import org.millwright.connector.rest.internal.yaml.SecretReference;
import org.millwright.connector.rest.internal.yaml.YamlDocument;
import org.millwright.connector.rest.internal.yaml.YamlNode;
import tools.jackson.databind.JsonNode;

/** Reads and checks a mapping file; every problem names the file, the line, the path and what is wrong. */
public final class MappingParser {
    private static final List<String> TOP_KEYS = List.of("system", "description", "headers", "errors", "tables",
            "operations");
    private static final List<String> OPERATION_KEYS = List.of("description", "method", "url", "headers", "body",
            "response", "errors", "alreadyDone");
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
    /** Headers the JDK client sets itself and refuses to take. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");
    private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    private static final Pattern QUERY_PARAMETER = Pattern.compile("[?&]([^=&#]+)=");

    private final YamlDocument document;
    private final Function<String, String> environment;
    private Map<String, Table> tables = Map.of();
    /** Secrets resolved so far, by the path of their reference: a common header's is read once, not per operation. */
    private final Map<String, HeaderValue> secrets = new HashMap<>();

    private MappingParser(YamlDocument document, Function<String, String> environment) {
        this.document = document;
        this.environment = environment;
    }

    /** @param environment resolves {@code {env: NAME}} references ({@code System::getenv}) */
    public static Mapping parse(YamlDocument document, Function<String, String> environment) {
        return new MappingParser(document, environment).mapping();
    }

    private Mapping mapping() {
        YamlNode root = document.root().requireObject().allowOnly(TOP_KEYS);
        String system = root.optional("system").map(YamlNode::text).orElse(stem(document.source()));
        tables = root.optional("tables").map(this::tables).orElse(Map.of());
        ErrorPolicy errors = root.optional("errors").map(node -> ErrorParser.policy(node, ErrorPolicy.DEFAULT))
                .orElse(ErrorPolicy.DEFAULT);
        Map<String, YamlNode> commonHeaders = root.optional("headers").map(this::headerNodes).orElse(Map.of());
        YamlNode operations = root.required("operations").requireObject();
        if (operations.keys().isEmpty()) {
            throw operations.error("maps no operation; a mapping may serve: " + String.join(", ", Operation.keys()));
        }
        Map<Operation, OperationSpec> specs = new EnumMap<>(Operation.class);
        for (Map.Entry<String, YamlNode> entry : operations.entries()) {
            Operation operation = Operation.ofKey(entry.getKey()).orElseThrow(() -> entry.getValue().error(
                    "unknown operation '" + entry.getKey() + "'; a mapping may serve: "
                            + String.join(", ", Operation.keys())));
            specs.put(operation, operation(operation, entry.getValue(), commonHeaders, errors));
        }
        return new Mapping(document.source(), system, specs, tables);
    }

    private OperationSpec operation(Operation operation, YamlNode node, Map<String, YamlNode> commonHeaders,
                                    ErrorPolicy commonErrors) {
        node.requireObject().allowOnly(OPERATION_KEYS);
        PlaceholderChecker checker = new PlaceholderChecker(operation, tables);
        YamlNode methodNode = node.required("method");
        String method = methodNode.text().toUpperCase(Locale.ROOT);
        if (!METHODS.contains(method)) {
            throw methodNode.error("unknown method '" + methodNode.text()
                    + "'; allowed: GET, POST, PUT, PATCH, DELETE");
        }
        Template url = url(node.required("url"), checker);
        Map<String, YamlNode> headerNodes = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headerNodes.putAll(commonHeaders);
        node.optional("headers").map(this::headerNodes).ifPresent(headerNodes::putAll);
        Map<String, HeaderValue> headers = new LinkedHashMap<>();
        headerNodes.forEach((name, value) -> headers.put(name, header(name, value, checker)));
        Optional<BodyTemplate> body = Optional.empty();
        if (node.has("body")) {
            YamlNode bodyNode = node.get("body");
            if (method.equals("GET")) {
                throw bodyNode.error("a GET request carries no body; use POST, PUT or PATCH, or put the values in the"
                        + " url");
            }
            try {
                body = Optional.of(BodyTemplate.compile(bodyNode.value(), checker));
            } catch (BodyTemplate.TemplateException e) {
                throw bodyNode.at(e.at()).error(e.getMessage());
            }
        }
        ErrorPolicy errors = node.optional("errors").map(e -> ErrorParser.policy(e, commonErrors)).orElse(commonErrors);
        Set<Integer> alreadyDone = Set.of();
        if (node.has("alreadyDone")) {
            if (operation.shape() != Operation.Shape.NONE) {
                throw node.get("alreadyDone").error("only operations that answer nothing (updateStatus,"
                        + " completeNotification, release, consume) take 'alreadyDone'; " + operation.key()
                        + " must read its record");
            }
            alreadyDone = ErrorParser.statuses(node.get("alreadyDone"));
        }
        ResponseParser.Response response = new ResponseParser(operation, tables, checker)
                .parse(node.optional("response"), node);
        return new OperationSpec(operation, method, url, headers, body, response.records(), response.notFound(),
                alreadyDone, response.fields(), errors, node.line());
    }

    private Template url(YamlNode node, PlaceholderChecker checker) {
        String text = node.text();
        if (!text.startsWith("/")) {
            throw node.error("'" + text + "' must be a path starting with '/'; it is appended to the base URL the"
                    + " connector is given");
        }
        Template url = template(node, text, checker);
        String probe = url.fill(placeholder -> "x");
        try {
            new URI("http://probe" + probe);
        } catch (URISyntaxException e) {
            throw node.error("'" + text + "' is not a valid URL path: " + e.getReason()
                    + " (placeholders are encoded for you; literal text must already be)");
        }
        Matcher parameter = QUERY_PARAMETER.matcher(probe);
        while (parameter.find()) {
            if (SecretReference.SECRET_NAME.matcher(parameter.group(1)).matches()) {
                throw node.error("query parameter '" + parameter.group(1) + "' carries a credential; credentials"
                        + " go in a header, by reference: {env: NAME} or {file: path}");
            }
        }
        return url;
    }

    private Map<String, YamlNode> headerNodes(YamlNode node) {
        Map<String, YamlNode> headers = new LinkedHashMap<>();
        for (Map.Entry<String, YamlNode> entry : node.requireObject().entries()) {
            if (RESTRICTED.contains(entry.getKey().toLowerCase(Locale.ROOT))) {
                throw entry.getValue().error("header " + entry.getKey() + " is set by the HTTP client and cannot be"
                        + " mapped");
            }
            headers.put(entry.getKey(), entry.getValue());
        }
        return headers;
    }

    private HeaderValue header(String name, YamlNode value, PlaceholderChecker checker) {
        if (SecretReference.isReference(value)) {
            return secrets.computeIfAbsent(value.path(),
                    path -> new HeaderValue.Secret(SecretReference.resolve(value, environment)));
        }
        String text = value.text();
        if (SecretReference.SECRET_NAME.matcher(name).matches()) {
            throw value.error(SecretReference.literalSecretProblem("header " + name));
        }
        return new HeaderValue.Templated(template(value, text, checker));
    }

    static Template template(YamlNode node, String text, PlaceholderChecker checker) {
        try {
            Template template = Template.parse(text);
            checker.text(template);
            return template;
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
    }

    private Map<String, Table> tables(YamlNode node) {
        Map<String, Table> tables = new LinkedHashMap<>();
        for (Map.Entry<String, YamlNode> entry : node.requireObject().entries()) {
            String name = entry.getKey();
            if (!TABLE_NAME.matcher(name).matches() || Filters.isBuiltIn(name)) {
                throw entry.getValue().error("table name '" + name + "' must be a word (letters, digits, - and _)"
                        + " and not a built-in filter (" + String.join(", ", Filters.BUILT_IN) + ")");
            }
            Map<String, JsonNode> entries = new LinkedHashMap<>();
            for (Map.Entry<String, YamlNode> row : entry.getValue().requireObject().entries()) {
                if (!row.getValue().value().isValueNode() || row.getValue().value().isNull()) {
                    throw row.getValue().error("a table entry must be a single value, found "
                            + row.getValue().describe());
                }
                entries.put(row.getKey(), row.getValue().value());
            }
            tables.put(name, new Table(name, entries));
        }
        return tables;
    }

    private static String stem(String source) {
        String name = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
