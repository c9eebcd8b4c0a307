package org.millwright.connector.rest.internal.mapping;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.millwright.connector.rest.internal.template.BodyTemplate;
import org.millwright.connector.rest.internal.template.Template;
import tools.jackson.core.JsonPointer;

/**
 * One mapped operation: the request to send and how to read the answer.
 *
 * @param headers     by name as written; the file's common headers merged in
 * @param records     where the record (or, for a list operation, the array of records) sits in the answer
 * @param notFound    statuses that mean "no such record" (operations answering maybe a record)
 * @param alreadyDone statuses that count as success (operations answering nothing: "already completed")
 * @param fields      record component → how to obtain it, one for every component of the answer
 */
public record OperationSpec(Operation operation, String method, Template url, Map<String, HeaderValue> headers,
                            Optional<BodyTemplate> body, JsonPointer records, Set<Integer> notFound,
                            Set<Integer> alreadyDone, Map<String, FieldSpec> fields, ErrorPolicy errors, int line) {
    public OperationSpec {
        headers = Map.copyOf(headers);
        notFound = Set.copyOf(notFound);
        alreadyDone = Set.copyOf(alreadyDone);
        fields = Map.copyOf(fields);
    }
}
