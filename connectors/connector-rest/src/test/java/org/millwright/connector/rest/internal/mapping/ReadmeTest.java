package org.millwright.connector.rest.internal.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's table of operations is the one the parser enforces. */
class ReadmeTest {
    @Test
    void theReadmeListsEveryOperationWithItsVariablesAndFields() throws IOException {
        String readme = Files.readString(Path.of("README.md"));

        List<String> missing = List.of(Operation.values()).stream().map(ReadmeTest::row)
                .filter(row -> !readme.contains(row)).toList();

        assertThat(missing).as("rows missing from or different in README.md").isEmpty();
    }

    static String row(Operation operation) {
        String variables = operation.variables().stream().filter(v -> !v.name().equals(Operation.NOW))
                .map(v -> "`" + v.name() + "`" + (v.kind() == Variable.Kind.TEXT ? ""
                        : " (" + v.kind().name().toLowerCase(Locale.ROOT) + ")"))
                .collect(Collectors.joining(", "));
        String fields = operation.fields().stream()
                .map(f -> "`" + f.name() + "`" + (f.defaultVariable().flatMap(operation::variable).isPresent() ? "°"
                        : f.optional() ? "?" : ""))
                .collect(Collectors.joining(", "));
        return "| `" + operation.key() + "` | " + operation.shape().name().toLowerCase(Locale.ROOT) + " | "
                + (variables.isEmpty() ? "—" : variables) + " | " + (fields.isEmpty() ? "—" : fields) + " |";
    }
}
