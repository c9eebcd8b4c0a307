package org.millwright.embedded.internal.postgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.millwright.embedded.EmbeddedStartupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clears what a previous run left in a data directory before PostgreSQL starts on it. zonky's postmaster runs in
 * its own session, so it outlives a {@code kill -9} of the JVM that started it: the next start finds a live
 * postmaster (holding the port) or, after a reboot, a stale {@code postmaster.pid}.
 *
 * <p>Call only after {@link DataDirectoryLock#requireNoLiveOwner(Path)}: a postmaster whose JVM is alive is not an
 * orphan.
 */
public final class OrphanPostmasters {

    /** What {@link #clear(Path, Duration)} found and did. */
    public enum Outcome {
        /** No postmaster.pid: the last run stopped cleanly, or this is a new directory. */
        NOTHING_FOUND,
        /** A postmaster.pid whose process is gone, unreadable, or another program: the file was removed. */
        STALE_PID_FILE_REMOVED,
        /** A live postmaster of this directory was stopped (gracefully, or killed after the timeout). */
        ORPHAN_STOPPED
    }

    private static final Logger LOG = LoggerFactory.getLogger(OrphanPostmasters.class);
    private static final Duration KILL_WAIT = Duration.ofSeconds(10);

    private OrphanPostmasters() {
    }

    /**
     * Stops an orphaned postmaster of {@code dataDirectory} (SIGTERM, then SIGKILL of it and its children after
     * {@code stopTimeout}) and removes a stale {@code postmaster.pid}.
     *
     * @throws EmbeddedStartupException when a live process named by postmaster.pid cannot be identified or stopped
     */
    public static Outcome clear(Path dataDirectory, Duration stopTimeout) {
        Path pidPath = dataDirectory.resolve(PostmasterPidFile.FILE_NAME);
        Optional<List<String>> lines = readLines(pidPath);
        if (lines.isEmpty()) {
            return Outcome.NOTHING_FOUND;
        }
        Optional<PostmasterPidFile> pidFile = PostmasterPidFile.parse(lines.get());
        if (pidFile.isEmpty()) {
            LOG.warn("Removing unreadable {} (no PID on its first line)", pidPath);
            delete(pidPath);
            return Outcome.STALE_PID_FILE_REMOVED;
        }
        long pid = pidFile.get().pid();
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            LOG.info("Removing stale {}: postmaster PID {} is no longer running (previous run did not stop cleanly)",
                    pidPath, pid);
            delete(pidPath);
            return Outcome.STALE_PID_FILE_REMOVED;
        }
        switch (PostgresProcesses.ownership(process.get(), dataDirectory)) {
            case UNRELATED -> {
                LOG.info("Removing stale {}: PID {} now belongs to another process, not a postmaster of {}",
                        pidPath, pid, dataDirectory);
                delete(pidPath);
                return Outcome.STALE_PID_FILE_REMOVED;
            }
            case UNKNOWN -> throw new EmbeddedStartupException(pidPath + " names running process PID " + pid
                    + " which cannot be identified; stop it if it is PostgreSQL on " + dataDirectory
                    + ", otherwise delete " + pidPath);
            case POSTMASTER_OF_THIS_DIRECTORY -> {
                stop(process.get(), pidFile.get(), dataDirectory, stopTimeout);
                delete(pidPath);
                return Outcome.ORPHAN_STOPPED;
            }
            default -> throw new IllegalStateException("unhandled ownership");
        }
    }

    private static void stop(ProcessHandle postmaster, PostmasterPidFile pidFile, Path dataDirectory,
            Duration timeout) {
        LOG.warn("Found a PostgreSQL postmaster (PID {}, port {}) left running on {} with no live owner (the JVM that"
                + " started it ended without stopping it). Stopping it (fast shutdown, up to {}).",
                pidFile.pid(), pidFile.portText(), dataDirectory, timeout);
        long started = System.nanoTime();
        List<ProcessHandle> children = postmaster.descendants().toList();
        fastShutdown(postmaster);
        if (!awaitExit(postmaster, timeout)) {
            LOG.warn("Postmaster PID {} did not stop within {}; killing it and its {} child processes"
                    + " (PostgreSQL will run crash recovery, committed data is kept)",
                    pidFile.pid(), timeout, children.size());
            postmaster.destroyForcibly();
            children.forEach(ProcessHandle::destroyForcibly);
            if (!awaitExit(postmaster, KILL_WAIT)) {
                throw new EmbeddedStartupException("could not stop orphaned PostgreSQL postmaster PID "
                        + pidFile.pid() + " on " + dataDirectory + "; stop it by hand");
            }
        }
        // Backends exit on their own once the postmaster is gone; wait so that none holds shared memory.
        children.forEach(child -> awaitExit(child, KILL_WAIT));
        LOG.info("Stopped orphaned postmaster PID {} in {} ms", pidFile.pid(),
                Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    /**
     * Asks a postmaster for PostgreSQL's "fast" shutdown (SIGINT: roll back open transactions, disconnect clients,
     * checkpoint). SIGTERM, what {@link ProcessHandle#destroy()} sends, is the "smart" shutdown that waits for
     * every client to disconnect, which a client that is still connected may never do.
     */
    public static void fastShutdown(ProcessHandle postmaster) {
        try {
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid()))
                    .redirectErrorStream(true).start();
            if (kill.waitFor(10, java.util.concurrent.TimeUnit.SECONDS) && kill.exitValue() == 0) {
                return;
            }
        } catch (java.io.IOException e) {
            LOG.debug("kill -INT {} failed: {}", postmaster.pid(), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        postmaster.destroy();
    }

    /** The PID named by the data directory's postmaster.pid, when the file is there and readable. */
    public static java.util.OptionalLong postmasterPid(Path dataDirectory) {
        return readLines(dataDirectory.resolve(PostmasterPidFile.FILE_NAME)).flatMap(PostmasterPidFile::parse)
                .map(file -> java.util.OptionalLong.of(file.pid())).orElse(java.util.OptionalLong.empty());
    }

    /** Waits until {@code process} has exited; false on timeout. */
    public static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return !process.isAlive();
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedStartupException("interrupted while stopping postmaster PID " + process.pid(), e);
        }
    }

    private static Optional<List<String>> readLines(Path pidPath) {
        try {
            return Optional.of(Files.readAllLines(pidPath, StandardCharsets.ISO_8859_1));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new EmbeddedStartupException("cannot read " + pidPath + ": " + e.getMessage(), e);
        }
    }

    private static void delete(Path pidPath) {
        try {
            Files.deleteIfExists(pidPath);
        } catch (IOException e) {
            throw new EmbeddedStartupException("cannot remove stale " + pidPath + ": " + e.getMessage(), e);
        }
    }
}
