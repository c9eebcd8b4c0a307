package org.millwright.embedded.internal.postgres;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The parts of PostgreSQL's {@code postmaster.pid} lock file we use: line 1 is the postmaster's PID, line 2 its
 * data directory, line 4 its port. PostgreSQL writes the file at start and removes it at a clean stop, so a file
 * that is still there belongs either to a running postmaster or to one that died.
 *
 * @param pid the postmaster's process id (positive)
 * @param dataDirectory the data directory the postmaster was started on, when the file names one
 * @param port the TCP port, when the file names one
 */
record PostmasterPidFile(long pid, Optional<Path> dataDirectory, OptionalInt port) {

    /** Name of the file inside the data directory. */
    static final String FILE_NAME = "postmaster.pid";

    PostmasterPidFile {
        if (pid <= 0) {
            throw new IllegalArgumentException("postmaster PID must be positive: " + pid);
        }
    }

    /**
     * Reads the file's lines; a file that is empty, truncated or has no numeric PID on its first line gives empty
     * (PostgreSQL itself refuses to start on such a file, so the caller removes it).
     */
    static Optional<PostmasterPidFile> parse(List<String> lines) {
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (pid <= 0) {
            return Optional.empty();
        }
        Optional<Path> dataDirectory = line(lines, 1).map(Path::of);
        OptionalInt port = line(lines, 3).map(PostmasterPidFile::portOrEmpty).orElse(OptionalInt.empty());
        return Optional.of(new PostmasterPidFile(pid, dataDirectory, port));
    }

    private static Optional<String> line(List<String> lines, int index) {
        return index < lines.size() ? Optional.of(lines.get(index).trim()).filter(s -> !s.isEmpty()) : Optional.empty();
    }

    private static OptionalInt portOrEmpty(String text) {
        try {
            int port = Integer.parseInt(text);
            return port > 0 && port <= 65535 ? OptionalInt.of(port) : OptionalInt.empty();
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /** Port for log messages: the number, or "unknown". */
    String portText() {
        return port.isPresent() ? Integer.toString(port.getAsInt()) : "unknown";
    }
}
