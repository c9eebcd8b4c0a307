package org.millwright.connector.rest;

/**
 * A REST mapping or webhook file could not be loaded. The message names the file, the line and the problem, e.g.
 * {@code /etc/millwright/acme-cmms.yaml line 14: operations.createNotification.body.text: unknown placeholder
 * {{summary}}; createNotification offers: externalReference, asset, ...}.
 */
public final class RestConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String sourceName;
    private final int line;
    private final String problem;

    /**
     * @param sourceName the file (or resource) read
     * @param line       the 1-based line of the problem, or 0 when it concerns the whole file
     * @param problem    what is wrong, as one sentence
     */
    public RestConfigException(String sourceName, int line, String problem, Throwable cause) {
        super(sourceName + (line > 0 ? " line " + line : "") + ": " + problem, cause);
        this.sourceName = sourceName;
        this.line = line;
        this.problem = problem;
    }

    public RestConfigException(String sourceName, int line, String problem) {
        this(sourceName, line, problem, null);
    }

    /** The file (or resource) read. */
    public String sourceName() {
        return sourceName;
    }

    /** The 1-based line of the problem; 0 when it concerns the whole file (it cannot be read, say). */
    public int line() {
        return line;
    }

    /** What is wrong, without file and line. */
    public String problem() {
        return problem;
    }
}
