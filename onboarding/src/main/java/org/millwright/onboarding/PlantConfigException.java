package org.millwright.onboarding;

/**
 * A plant file could not be loaded. The message names the file, the line and the problem, e.g.
 * {@code plants/north.yaml line 14: unknown signal 'vibrations' in tag #2 of source 'press-json'; known signals:
 * vibration, bearing-temperature, current, running, fault-code}.
 */
public final class PlantConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String problem;

    /**
     * @param file    the plant file, as it should be shown to an operator
     * @param line    the 1-based line of the problem
     * @param problem what is wrong, as one sentence
     */
    public PlantConfigException(String file, int line, String problem) {
        this(file, line, problem, null);
    }

    /** As {@link #PlantConfigException(String, int, String)}, with the underlying cause. */
    public PlantConfigException(String file, int line, String problem, Throwable cause) {
        super(file + " line " + line + ": " + problem, cause);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    /** The plant file. */
    public String file() {
        return file;
    }

    /** The 1-based line of the problem. */
    public int line() {
        return line;
    }

    /** What is wrong, without file and line. */
    public String problem() {
        return problem;
    }
}
