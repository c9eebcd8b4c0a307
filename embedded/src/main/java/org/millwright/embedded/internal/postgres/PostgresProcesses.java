package org.millwright.embedded.internal.postgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/** Tells whether a live process is the postmaster of a given data directory (Linux {@code /proc} based). */
final class PostgresProcesses {

    /** How a live process relates to a data directory. */
    enum Ownership {
        /** A postgres process whose working directory (PostgreSQL chdirs into its data dir) is this directory. */
        POSTMASTER_OF_THIS_DIRECTORY,
        /** Some other program, or a postgres serving another directory: the PID was reused. */
        UNRELATED,
        /** The process could not be inspected (permissions, not Linux). */
        UNKNOWN
    }

    private static final String DELETED_SUFFIX = " (deleted)";

    private PostgresProcesses() {
    }

    static Ownership ownership(ProcessHandle process, Path dataDirectory) {
        Optional<String> name = executableName(process);
        if (name.isEmpty()) {
            return Ownership.UNKNOWN;
        }
        if (!name.get().equals("postgres")) {
            return Ownership.UNRELATED;
        }
        Optional<Path> cwd = workingDirectory(process);
        if (cwd.isPresent()) {
            return sameFile(cwd.get(), dataDirectory) ? Ownership.POSTMASTER_OF_THIS_DIRECTORY : Ownership.UNRELATED;
        }
        String[] arguments = process.info().arguments().orElse(new String[0]);
        boolean namesDirectory = Arrays.stream(arguments).anyMatch(a -> sameFile(Path.of(a), dataDirectory));
        return namesDirectory ? Ownership.POSTMASTER_OF_THIS_DIRECTORY : Ownership.UNKNOWN;
    }

    private static Optional<String> executableName(ProcessHandle process) {
        try {
            // comm is the executable's base name, unaffected by PostgreSQL rewriting its argv for `ps`.
            return Optional.of(Files.readString(proc(process, "comm")).trim()).filter(s -> !s.isEmpty());
        } catch (IOException | RuntimeException e) {
            return process.info().command()
                    .map(c -> c.endsWith(DELETED_SUFFIX) ? c.substring(0, c.length() - DELETED_SUFFIX.length()) : c)
                    .map(c -> Path.of(c).getFileName().toString());
        }
    }

    private static Optional<Path> workingDirectory(ProcessHandle process) {
        try {
            return Optional.of(Files.readSymbolicLink(proc(process, "cwd")));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Path proc(ProcessHandle process, String entry) {
        return Path.of("/proc", Long.toString(process.pid()), entry);
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
