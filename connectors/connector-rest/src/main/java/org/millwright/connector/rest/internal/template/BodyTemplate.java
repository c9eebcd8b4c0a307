package org.millwright.connector.rest.internal.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON body written as a YAML (or JSON) value whose texts are {@link Template}s. A text that is exactly one
 * placeholder takes the value's own JSON type (a number stays a number, {@code {{items}}} becomes an array); any
 * other text becomes a JSON string. A mapping {@code {each: items, as: {...}}} becomes an array with one rendered
 * {@code as} per element, where the element's fields and {@code index} (from 1) are variables. The body is built as
 * a JSON tree and written by Jackson, so no value can break the JSON, whatever quotes or braces it holds.
 */
public final class BodyTemplate {
    public static final String EACH = "each";
    public static final String AS = "as";
    public static final String INDEX = "index";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Checks each placeholder and {@code each} where it is written; throws {@link IllegalArgumentException}. */
    public interface Checker {
        /**
         * @param wholeValue whether the placeholder is the whole text (and may be a list)
         * @param each       the {@code each} variables the placeholder sits in, outermost first
         */
        void placeholder(Template.Placeholder placeholder, boolean wholeValue, List<String> each);

        void each(String variable, List<String> outer);
    }

    /** A problem in the body, at a pointer relative to the body. */
    public static final class TemplateException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient JsonPointer at;

        TemplateException(JsonPointer at, String problem) {
            super(problem);
            this.at = at;
        }

        public JsonPointer at() {
            return at;
        }
    }

    private sealed interface Node permits Constant, Whole, Text, Fields, Items, Each {
        JsonNode render(Scope scope);
    }

    private record Constant(JsonNode value) implements Node {
        public JsonNode render(Scope scope) {
            return value.deepCopy();
        }
    }

    private record Whole(Template.Placeholder placeholder) implements Node {
        public JsonNode render(Scope scope) {
            return scope.value(placeholder).deepCopy();
        }
    }

    private record Text(Template template) implements Node {
        public JsonNode render(Scope scope) {
            return JSON.stringNode(template.render(scope, text -> text));
        }
    }

    private record Fields(Map<String, Node> fields) implements Node {
        public JsonNode render(Scope scope) {
            ObjectNode object = JSON.objectNode();
            fields.forEach((name, node) -> object.set(name, node.render(scope)));
            return object;
        }
    }

    private record Items(List<Node> items) implements Node {
        public JsonNode render(Scope scope) {
            ArrayNode array = JSON.arrayNode();
            items.forEach(item -> array.add(item.render(scope)));
            return array;
        }
    }

    private record Each(String variable, Node as) implements Node {
        public JsonNode render(Scope scope) {
            JsonNode list = scope.value(new Template.Placeholder(variable, List.of(), "{{" + variable + "}}"));
            ArrayNode array = JSON.arrayNode();
            for (int i = 0; i < list.size(); i++) {
                Map<String, JsonNode> element = new LinkedHashMap<>();
                list.get(i).properties().forEach(field -> element.put(field.getKey(), field.getValue()));
                element.put(INDEX, JSON.numberNode(i + 1));
                array.add(as.render(scope.with(element)));
            }
            return array;
        }
    }

    private final Node root;

    private BodyTemplate(Node root) {
        this.root = root;
    }

    /** Compiles a body, checking every placeholder; a problem names its pointer within the body. */
    public static BodyTemplate compile(JsonNode body, Checker checker) {
        return new BodyTemplate(compile(body, JsonPointer.empty(), checker, List.of()));
    }

    public JsonNode render(Scope scope) {
        return root.render(scope);
    }

    private static Node compile(JsonNode node, JsonPointer at, Checker checker, List<String> each) {
        if (node.isObject() && node.size() == 2 && node.has(EACH) && node.has(AS)) {
            String variable = node.get(EACH).asString("");
            try {
                checker.each(variable, each);
            } catch (IllegalArgumentException e) {
                throw new TemplateException(at.appendProperty(EACH), e.getMessage());
            }
            List<String> inner = new ArrayList<>(each);
            inner.add(variable);
            return new Each(variable, compile(node.get(AS), at.appendProperty(AS), checker, List.copyOf(inner)));
        }
        if (node.isObject()) {
            Map<String, Node> fields = new LinkedHashMap<>();
            for (String name : node.propertyNames()) {
                fields.put(name, compile(node.get(name), at.appendProperty(name), checker, each));
            }
            return new Fields(fields);
        }
        if (node.isArray()) {
            List<Node> items = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                items.add(compile(node.get(i), at.appendIndex(i), checker, each));
            }
            return new Items(items);
        }
        if (!node.isString()) {
            return new Constant(node);
        }
        try {
            Template template = Template.parse(node.asString());
            if (template.placeholders().isEmpty()) {
                return new Constant(node);
            }
            boolean whole = template.isSinglePlaceholder();
            for (Template.Placeholder placeholder : template.placeholders()) {
                checker.placeholder(placeholder, whole, each);
            }
            return whole ? new Whole(template.placeholders().get(0)) : new Text(template);
        } catch (IllegalArgumentException e) {
            throw new TemplateException(at, e.getMessage());
        }
    }
}
