package org.millwright.connector.rest.internal.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.millwright.connector.rest.internal.mapping.Variable.Kind;
import org.millwright.connector.rest.internal.template.BodyTemplate;
import org.millwright.connector.rest.internal.template.Filters;
import org.millwright.connector.rest.internal.template.Table;
import org.millwright.connector.rest.internal.template.Template;

/**
 * Checks when the file is loaded that every placeholder of an operation names one of its variables, that its
 * filters exist and fit (a duration filter on a duration, a table covering every constant of an enum), and that a
 * list is written only where a list can go. Problems are {@link IllegalArgumentException}s with the message to show.
 */
final class PlaceholderChecker implements BodyTemplate.Checker {
    private final Operation operation;
    private final Map<String, Table> tables;

    PlaceholderChecker(Operation operation, Map<String, Table> tables) {
        this.operation = operation;
        this.tables = tables;
    }

    /** A placeholder in a URL, a header or a constant field: text only. */
    void text(Template template) {
        template.placeholders().forEach(placeholder -> placeholder(placeholder, false, List.of()));
    }

    @Override
    public void placeholder(Template.Placeholder placeholder, boolean wholeValue, List<String> each) {
        Variable variable = resolve(placeholder.name(), each).orElseThrow(() -> new IllegalArgumentException(
                "unknown placeholder " + placeholder.text() + "; " + operation.key() + " offers: "
                        + offered(each)));
        Kind kind = variable.kind();
        if (kind == Kind.LIST && (!wholeValue || !placeholder.filters().isEmpty())) {
            throw new IllegalArgumentException(placeholder.text() + " is a list: write it alone as a whole value"
                    + " (\"{{" + variable.name() + "}}\") or map its elements with {each: " + variable.name()
                    + ", as: {...}}");
        }
        List<String> constants = variable.constants();
        for (String filter : placeholder.filters()) {
            switch (filter) {
                case Filters.MINUTES, Filters.SECONDS -> {
                    if (kind != Kind.DURATION) {
                        throw new IllegalArgumentException("filter '" + filter + "' in " + placeholder.text()
                                + " needs a duration; " + variable.name() + " is not one");
                    }
                    kind = Kind.NUMBER;
                }
                case Filters.LOWER, Filters.UPPER -> kind = Kind.TEXT;
                default -> {
                    Table table = tables.get(filter);
                    if (table == null) {
                        throw new IllegalArgumentException("unknown filter '" + filter + "' in " + placeholder.text()
                                + "; tables: " + (tables.isEmpty() ? "(none)" : String.join(", ", tables.keySet()))
                                + "; built-in: " + String.join(", ", Filters.BUILT_IN));
                    }
                    if (kind == Kind.ENUM) {
                        List<String> missing = constants.stream().filter(c -> !table.covers(c)).toList();
                        if (!missing.isEmpty()) {
                            throw new IllegalArgumentException("table '" + filter + "' used in " + placeholder.text()
                                    + " has no entry for " + String.join(", ", missing)
                                    + "; add them or a default \"*\"");
                        }
                    }
                    kind = Kind.TEXT;
                }
            }
            constants = List.of();
        }
    }

    @Override
    public void each(String variable, List<String> outer) {
        Optional<Variable> list = resolve(variable, outer);
        if (list.isEmpty() || list.get().kind() != Kind.LIST) {
            throw new IllegalArgumentException("'each' must name a list of " + operation.key() + " ("
                    + operation.variables().stream().filter(v -> v.kind() == Kind.LIST).map(Variable::name)
                    .collect(Collectors.joining(", ")) + "), found '" + variable + "'");
        }
    }

    private Optional<Variable> resolve(String name, List<String> each) {
        for (int i = each.size() - 1; i >= 0; i--) {
            if (name.equals(BodyTemplate.INDEX)) {
                return Optional.of(Variable.number(BodyTemplate.INDEX));
            }
            Optional<Variable> field = elementFields(each.subList(0, i + 1)).stream()
                    .filter(v -> v.name().equals(name)).findFirst();
            if (field.isPresent()) {
                return field;
            }
        }
        return operation.variable(name);
    }

    /** The fields of the innermost {@code each} of this chain. */
    private List<Variable> elementFields(List<String> chain) {
        List<Variable> scope = operation.variables();
        List<Variable> fields = List.of();
        for (String name : chain) {
            fields = scope.stream().filter(v -> v.name().equals(name)).findFirst().map(Variable::fields)
                    .orElse(List.of());
            List<Variable> next = new ArrayList<>(fields);
            next.addAll(scope);
            scope = next;
        }
        return fields;
    }

    private String offered(List<String> each) {
        List<String> names = new ArrayList<>();
        if (!each.isEmpty()) {
            elementFields(each).forEach(v -> names.add(v.name()));
            names.add(BodyTemplate.INDEX);
        }
        operation.variables().forEach(v -> names.add(v.name()));
        return String.join(", ", names);
    }
}
