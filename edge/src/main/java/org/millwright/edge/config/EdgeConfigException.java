package org.millwright.edge.config;

import java.util.Objects;

/** A configuration file that cannot be used; the message names the file, the line and the problem. */
public final class EdgeConfigException extends RuntimeException {
    private final String file;
    private final int line;
    private final String problem;

    /**
     * @param file    the file as given
     * @param line    1-based line of the problem
     * @param problem what is wrong, and what is expected
     */
    public EdgeConfigException(String file, int line, String problem) {
        this(file, line, problem, null);
    }

    public EdgeConfigException(String file, int line, String problem, Throwable cause) {
        super(Objects.requireNonNull(file, "file") + ":" + line + ": " + Objects.requireNonNull(problem, "problem"),
                cause);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    /** The file as given. */
    public String file() {
        return file;
    }

    /** The 1-based line of the problem. */
    public int line() {
        return line;
    }

    /** What is wrong. */
    public String problem() {
        return problem;
    }
}
