package org.millwright.embedded.internal.postgres;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.millwright.embedded.EmbeddedStartupException;

/**
 * Probes the file lock that zonky's EmbeddedPostgres holds on {@code epg-lock} in the data directory for as long as
 * its JVM runs. The operating system drops the lock when that JVM dies (even by {@code kill -9}), so a held lock
 * means a live owner, and a postmaster without one is an orphan.
 *
 * <p>Probe only directories that no instance in this JVM has open: closing the probe's channel may release locks
 * this JVM holds on the same file (POSIX record locks are per process).
 */
public final class DataDirectoryLock {

    /** The lock file zonky creates in every data directory it runs. */
    static final String FILE_NAME = "epg-lock";

    private DataDirectoryLock() {
    }

    /**
     * @throws EmbeddedStartupException when another process holds the lock, naming the directory
     */
    public static void requireNoLiveOwner(Path dataDirectory) {
        Path lockFile = dataDirectory.resolve(FILE_NAME);
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new EmbeddedStartupException("PostgreSQL data directory " + dataDirectory
                        + " is in use by another running process (it holds " + lockFile
                        + "); stop that process or configure another data directory");
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw new EmbeddedStartupException(
                    "PostgreSQL data directory " + dataDirectory + " is already open in this JVM", e);
        } catch (IOException e) {
            throw new EmbeddedStartupException("cannot check the lock file " + lockFile + ": " + e.getMessage(), e);
        }
    }
}
