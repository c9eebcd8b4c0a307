package org.millwright.connector.rest.internal.mapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.millwright.connector.rest.internal.template.Table;
import org.millwright.connector.rest.internal.template.Template;
import org.millwright.connector.rest.internal.yaml.YamlNode;
import tools.jackson.core.JsonPointer;

/** Reads an operation's {@code response:} block: where the record is, what "not found" looks like, its fields. */
final class ResponseParser {
    /** The parsed block. */
    record Response(JsonPointer records, Set<Integer> notFound, Map<String, FieldSpec> fields) {
    }

    private static final String SPEC_FORMS = "write a path (/a/b or $.a.b), {from: path, table: name, default: value}"
            + " or {value: text with {{placeholders}}}";

    private final Operation operation;
    private final Map<String, Table> tables;
    private final PlaceholderChecker checker;

    ResponseParser(Operation operation, Map<String, Table> tables, PlaceholderChecker checker) {
        this.operation = operation;
        this.tables = tables;
        this.checker = checker;
    }

    Response parse(Optional<YamlNode> response, YamlNode operationNode) {
        if (operation.shape() == Operation.Shape.NONE) {
            if (response.isPresent()) {
                throw response.get().error(operation.key() + " answers nothing, so it has no response to read; any"
                        + " success status will do (list 'alreadyDone' statuses that also mean success)");
            }
            return new Response(JsonPointer.empty(), Set.of(), Map.of());
        }
        YamlNode node = response.orElseThrow(() -> operationNode.error("missing required key 'response' (where "
                + operation.key() + " finds the record's fields in the answer)"));
        String recordsKey = operation.shape() == Operation.Shape.LIST ? "list" : "item";
        node.requireObject().allowOnly(operation.shape() == Operation.Shape.OPTIONAL
                ? List.of(recordsKey, "notFound", "fields") : List.of(recordsKey, "fields"));
        JsonPointer records = node.optional(recordsKey).map(ErrorParser::path).orElse(JsonPointer.empty());
        Set<Integer> notFound = operation.shape() == Operation.Shape.OPTIONAL
                ? node.optional("notFound").map(ErrorParser::statuses).orElse(Set.of(404)) : Set.of();
        return new Response(records, notFound, fields(node.required("fields"), operation.fields(), true));
    }

    private Map<String, FieldSpec> fields(YamlNode node, List<Field> fields, boolean fromRequest) {
        node.requireObject();
        for (String key : node.keys()) {
            if (fields.stream().noneMatch(field -> field.name().equals(key))) {
                throw node.get(key).error("unknown field '" + key + "'; " + (fromRequest ? operation.key()
                        + " answers " : "an element has ") + fields.stream().map(Field::name)
                        .collect(Collectors.joining(", ")));
            }
        }
        Map<String, FieldSpec> specs = new LinkedHashMap<>();
        for (Field field : fields) {
            if (node.has(field.name())) {
                specs.put(field.name(), spec(field, node.get(field.name())));
            } else if (fromRequest && field.defaultVariable().flatMap(operation::variable).isPresent()) {
                specs.put(field.name(), new FieldSpec.FromRequest(Template.parse(
                        "{{" + field.defaultVariable().get() + "}}")));
            } else if (field.optional()) {
                specs.put(field.name(), new FieldSpec.Empty());
            } else {
                throw node.error("field '" + field.name() + "' is not mapped; " + SPEC_FORMS);
            }
        }
        return specs;
    }

    private FieldSpec spec(Field field, YamlNode node) {
        if (field.type().isList()) {
            if (!node.isObject() || !node.has("list")) {
                throw node.error("'" + field.name() + "' is a list: write {list: /path/to/array, fields: {"
                        + field.type().elementFields().stream().map(f -> f.name() + ": ...")
                        .collect(Collectors.joining(", ")) + "}}");
            }
            node.allowOnly(List.of("list", "fields"));
            return new FieldSpec.FromList(node.get("list").value().asString(), ErrorParser.path(node.get("list")),
                    fields(node.required("fields"), field.type().elementFields(), false));
        }
        if (node.isText()) {
            String text = node.value().asString();
            if (!Paths.looksLikePath(text)) {
                throw node.error("'" + text + "' is not a path; " + SPEC_FORMS);
            }
            return new FieldSpec.FromAnswer(text, ErrorParser.path(node), Optional.empty(), Optional.empty());
        }
        if (node.isObject() && node.has("value")) {
            node.allowOnly(List.of("value"));
            YamlNode value = node.get("value");
            Template template = MappingParser.template(value, value.text(), checker);
            if (template.placeholders().isEmpty()) {
                check(field, value);
            }
            return new FieldSpec.FromRequest(template);
        }
        if (node.isObject() && node.has("from")) {
            node.allowOnly(List.of("from", "table", "default"));
            Optional<String> table = node.optional("table").map(YamlNode::text);
            if (table.isPresent() && !tables.containsKey(table.get())) {
                throw node.get("table").error("no table '" + table.get() + "' under 'tables' (tables: "
                        + (tables.isEmpty() ? "none" : String.join(", ", tables.keySet())) + ")");
            }
            Optional<YamlNode> fallback = node.optional("default");
            fallback.ifPresent(value -> check(field, value));
            return new FieldSpec.FromAnswer(node.get("from").value().asString(), ErrorParser.path(node.get("from")),
                    table, fallback.map(YamlNode::value));
        }
        throw node.error("cannot read field '" + field.name() + "' from " + node.describe() + "; " + SPEC_FORMS);
    }

    /** A constant must already be a valid value of the field. */
    private static void check(Field field, YamlNode value) {
        try {
            Conversions.convert(field.type(), value.value());
        } catch (IllegalArgumentException e) {
            throw value.error("not a valid " + field.name() + ": " + e.getMessage());
        }
    }
}
