package org.millwright.connector.rest.internal.mapping;

import java.util.Map;
import java.util.Optional;
import org.millwright.connector.rest.internal.template.Table;

/**
 * A loaded, checked mapping file.
 *
 * @param source the file name, for messages
 * @param system the system's name in every {@code ConnectorException}
 */
public record Mapping(String source, String system, Map<Operation, OperationSpec> operations,
                      Map<String, Table> tables) {
    public Mapping {
        operations = Map.copyOf(operations);
        tables = Map.copyOf(tables);
    }

    public Optional<OperationSpec> operation(Operation operation) {
        return Optional.ofNullable(operations.get(operation));
    }
}
