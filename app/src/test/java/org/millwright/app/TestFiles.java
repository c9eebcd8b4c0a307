package org.millwright.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test resources as files, for settings that take a path, and fresh directories for a hub's data. */
final class TestFiles {
    private TestFiles() {
    }

    /** The path of a resource at the root of the test classpath, e.g. {@code tryton-plant.yaml}. */
    static String resource(String name) {
        try {
            return Path.of(TestFiles.class.getResource("/" + name).toURI()).toString();
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("test resource " + name + " is not on the classpath", e);
        }
    }

    /** A new empty directory under the system's temporary directory, e.g. {@code millwright-hub-1234}. */
    static Path temporaryDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
