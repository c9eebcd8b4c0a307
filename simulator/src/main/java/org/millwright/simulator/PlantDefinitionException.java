package org.millwright.simulator;

import java.util.List;
import java.util.Objects;

/**
 * A plant definition is unreadable or inconsistent. The message names the source (file or resource) and
 * lists every problem found, one per line.
 */
public final class PlantDefinitionException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final List<String> problems;

    /**
     * @param source   the file or resource the definition came from
     * @param problems what is wrong, at least one entry
     */
    public PlantDefinitionException(String source, List<String> problems) {
        this(source, problems, null);
    }

    /** Same as {@link #PlantDefinitionException(String, List)} with the exception that revealed the problem. */
    public PlantDefinitionException(String source, List<String> problems, Throwable cause) {
        super(message(source, problems), cause);
        this.source = Objects.requireNonNull(source, "source");
        this.problems = List.copyOf(problems);
    }

    /** The file or resource the definition came from. */
    public String source() {
        return source;
    }

    /** Every problem found, in document order. */
    public List<String> problems() {
        return problems;
    }

    /** The same problems, attributed to another source (a loader names the file it read). */
    public PlantDefinitionException withSource(String newSource) {
        return new PlantDefinitionException(newSource, problems, getCause());
    }

    private static String message(String source, List<String> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a plant definition exception needs at least one problem");
        }
        return "plant definition '" + source + "' is invalid:\n - " + String.join("\n - ", problems);
    }
}
