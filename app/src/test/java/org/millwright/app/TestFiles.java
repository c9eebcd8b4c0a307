package org.millwright.app;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Test resources as files, for settings that take a path. */
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
}
