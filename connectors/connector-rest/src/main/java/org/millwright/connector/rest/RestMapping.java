package org.millwright.connector.rest;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.millwright.connector.rest.internal.mapping.Mapping;
import org.millwright.connector.rest.internal.mapping.MappingParser;
import org.millwright.connector.rest.internal.mapping.Operation;
import org.millwright.connector.rest.internal.yaml.YamlDocument;

/**
 * A checked mapping file: for each port operation it serves, the HTTP request to send and how to read the answer
 * (schema in the module README; example {@code examples/acme-cmms.yaml} on the class path). Everything is checked
 * when loading: YAML syntax, keys, operations, placeholders and filters, paths, status lists, and that no secret is
 * written in the file (credentials are references, {@code {env: NAME}} or {@code {file: path}}, resolved now).
 * Immutable.
 */
public final class RestMapping {
    private final Mapping mapping;

    private RestMapping(Mapping mapping) {
        this.mapping = mapping;
    }

    /**
     * Loads a mapping file, resolving {@code {env: NAME}} from the process environment.
     *
     * @throws RestConfigException naming the file, the line and the problem
     */
    public static RestMapping load(Path file) {
        return load(file, System::getenv);
    }

    /** As {@link #load(Path)}, with the environment given (a map in tests). */
    public static RestMapping load(Path file, Function<String, String> environment) {
        Objects.requireNonNull(environment, "environment");
        return new RestMapping(MappingParser.parse(YamlDocument.read(file), environment));
    }

    /** Parses a mapping held in memory; {@code sourceName} names it in messages. */
    public static RestMapping parse(String yaml, String sourceName, Function<String, String> environment) {
        Objects.requireNonNull(environment, "environment");
        return new RestMapping(MappingParser.parse(YamlDocument.parse(yaml, sourceName), environment));
    }

    /** The system's name, {@code system:} in the file or else the file name without extension. */
    public String system() {
        return mapping.system();
    }

    /** The file name, as in messages. */
    public String source() {
        return mapping.source();
    }

    /** The port operations this mapping serves, by port method name ({@code createNotification}). */
    public Set<String> operations() {
        Set<String> keys = new TreeSet<>();
        mapping.operations().keySet().forEach(operation -> keys.add(operation.key()));
        return keys;
    }

    /**
     * The create operations mapped without their lookup ({@code createNotification} without
     * {@code findByExternalReference}, {@code reserve} without {@code findReservation}, ...): the workflow looks up
     * before it creates, so without the lookup a retried create may make a second record.
     */
    public Set<String> createsWithoutLookup() {
        Set<String> missing = new TreeSet<>();
        pair(Operation.CREATE_NOTIFICATION, Operation.FIND_BY_EXTERNAL_REFERENCE, missing);
        pair(Operation.RESERVE, Operation.FIND_RESERVATION, missing);
        pair(Operation.REQUISITION, Operation.FIND_REQUISITION, missing);
        pair(Operation.PROPOSE_WINDOW, Operation.FIND_WINDOW, missing);
        pair(Operation.DISPATCH, Operation.FIND_ASSIGNMENT, missing);
        return missing;
    }

    private void pair(Operation create, Operation lookup, Set<String> missing) {
        if (mapping.operations().containsKey(create) && !mapping.operations().containsKey(lookup)) {
            missing.add(create.key());
        }
    }

    Mapping mapping() {
        return mapping;
    }

    @Override
    public String toString() {
        return "RestMapping[" + mapping.source() + ", system " + mapping.system() + ", " + operations() + "]";
    }
}
