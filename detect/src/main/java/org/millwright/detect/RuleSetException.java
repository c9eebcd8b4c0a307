package org.millwright.detect;

/**
 * A rule set could not be loaded. The message names the source, the line and the problem, e.g.
 * {@code rules.yaml line 7: unknown key 'abov' in rule 'bearing-temperature-high'; allowed keys: ...}.
 */
public final class RuleSetException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String sourceName;
    private final int line;
    private final String problem;

    /**
     * @param sourceName where the rule set came from (file name or resource)
     * @param line       the 1-based line of the problem
     * @param problem    what is wrong, as one sentence
     */
    public RuleSetException(String sourceName, int line, String problem) {
        this(sourceName, line, problem, null);
    }

    /** As {@link #RuleSetException(String, int, String)}, with the underlying cause. */
    public RuleSetException(String sourceName, int line, String problem, Throwable cause) {
        super(sourceName + " line " + line + ": " + problem, cause);
        this.sourceName = sourceName;
        this.line = line;
        this.problem = problem;
    }

    /** Where the rule set came from. */
    public String sourceName() {
        return sourceName;
    }

    /** The 1-based line of the problem. */
    public int line() {
        return line;
    }

    /** What is wrong, without source and line. */
    public String problem() {
        return problem;
    }
}
