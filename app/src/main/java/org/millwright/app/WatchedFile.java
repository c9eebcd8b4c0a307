package org.millwright.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Objects;

/**
 * A configuration file the hub reloads when it changes: remembers the modification time of the version last read.
 * Thread-safe.
 */
public final class WatchedFile {
    private final Path path;
    private volatile FileTime read;

    /** The file as it is now counts as read. */
    public WatchedFile(Path path) {
        this.path = Objects.requireNonNull(path, "path");
        this.read = modified();
    }

    public Path path() {
        return path;
    }

    /** Whether the file changed since it was last marked read (a file that cannot be read now has not changed). */
    public boolean changed() {
        FileTime now = modified();
        return now != null && !now.equals(read);
    }

    /** The version of the file there is now is about to be read. */
    public void markRead() {
        read = modified();
    }

    private FileTime modified() {
        try {
            return Files.getLastModifiedTime(path);
        } catch (IOException e) {
            return null;
        }
    }
}
