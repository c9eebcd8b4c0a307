package org.millwright.connector.rest.internal.mapping;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.millwright.connector.rest.internal.template.Template;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/** How one record component is obtained from an answer (or from the request). */
public sealed interface FieldSpec {
    /**
     * A value at {@code path} of the answer, optionally translated by {@code table} (system value → canonical); when
     * the path holds nothing, {@code fallback} if given, else the answer is rejected.
     */
    record FromAnswer(String written, JsonPointer path, Optional<String> table, Optional<JsonNode> fallback)
            implements FieldSpec {
    }

    /** A template over the request's variables, or a constant. */
    record FromRequest(Template template) implements FieldSpec {
    }

    /** Elements of the array at {@code path}, each read with {@code fields} relative to the element. */
    record FromList(String written, JsonPointer path, Map<String, FieldSpec> fields) implements FieldSpec {
        public FromList {
            fields = Map.copyOf(fields);
        }
    }

    /** An optional list component left unmapped. */
    record Empty() implements FieldSpec {
    }

    static List<String> keys() {
        return List.of("from", "table", "default", "value", "list", "fields");
    }
}
