package org.millwright.connector.rest.internal.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.millwright.connector.rest.internal.mapping.Conversions;
import org.millwright.connector.rest.internal.mapping.Field;
import org.millwright.connector.rest.internal.mapping.FieldSpec;
import org.millwright.connector.rest.internal.mapping.Operation;
import org.millwright.connector.rest.internal.template.Scope;
import org.millwright.connector.rest.internal.template.Table;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Reads the components of one record from its JSON object, as the operation's {@code fields} say. A value that is
 * missing or cannot be converted is an {@link AnswerException}: the answer does not fit the mapping.
 */
final class AnswerReader {
    /** The answer does not fit the mapping; the message names the field, the path and the value. */
    static final class AnswerException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        AnswerException(String message) {
            super(message);
        }
    }

    private final Map<String, Table> tables;

    AnswerReader(Map<String, Table> tables) {
        this.tables = tables;
    }

    RecordValues read(Operation operation, Map<String, FieldSpec> specs, JsonNode record, Scope scope) {
        return read(operation.fields(), specs, record, scope);
    }

    private RecordValues read(List<Field> fields, Map<String, FieldSpec> specs, JsonNode record, Scope scope) {
        Map<String, Object> values = new HashMap<>();
        for (Field field : fields) {
            FieldSpec spec = specs.get(field.name());
            values.put(field.name(), value(field, spec, record, scope));
        }
        return new RecordValues(values);
    }

    private Object value(Field field, FieldSpec spec, JsonNode record, Scope scope) {
        if (spec instanceof FieldSpec.Empty) {
            return List.of();
        }
        if (spec instanceof FieldSpec.FromRequest fromRequest) {
            return convert(field, JsonNodeFactory.instance.stringNode(fromRequest.template().render(scope, t -> t)),
                    "the mapping's value");
        }
        if (spec instanceof FieldSpec.FromList list) {
            JsonNode array = record.at(list.path());
            if (array.isMissingNode() || array.isNull()) {
                return List.of();
            }
            if (!array.isArray()) {
                throw new AnswerException("field '" + field.name() + "': expected an array at " + list.written()
                        + ", found " + describe(array));
            }
            List<RecordValues> elements = new ArrayList<>();
            for (JsonNode element : array) {
                elements.add(read(field.type().elementFields(), list.fields(), element, scope));
            }
            return elements;
        }
        FieldSpec.FromAnswer from = (FieldSpec.FromAnswer) spec;
        JsonNode value = record.at(from.path());
        if (value.isMissingNode() || value.isNull()) {
            if (from.fallback().isPresent()) {
                return convert(field, from.fallback().get(), "the default");
            }
            throw new AnswerException("field '" + field.name() + "': the answer has no value at " + show(from));
        }
        if (from.table().isPresent()) {
            String key = Scope.text(value);
            Table table = tables.get(from.table().get());
            value = table.lookup(key).orElseThrow(() -> new AnswerException("field '" + field.name() + "': '" + key
                    + "' at " + show(from) + " has no entry in table '" + table.name() + "'"));
        }
        return convert(field, value, show(from));
    }

    private static Object convert(Field field, JsonNode value, String where) {
        try {
            return Conversions.convert(field.type(), value);
        } catch (IllegalArgumentException e) {
            throw new AnswerException("field '" + field.name() + "' at " + where + ": " + e.getMessage());
        }
    }

    private static String show(FieldSpec.FromAnswer from) {
        return from.written().isEmpty() ? "the record itself" : from.written();
    }

    private static String describe(JsonNode value) {
        return value.isObject() ? "an object" : value.isValueNode() ? "'" + value.asString() + "'" : value.toString();
    }
}
