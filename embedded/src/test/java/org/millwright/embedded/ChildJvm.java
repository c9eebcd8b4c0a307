package org.millwright.embedded;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a test main class in a separate JVM with this JVM's class path, its output going to a file. */
final class ChildJvm {

    private ChildJvm() {
    }

    static Process start(Class<?> mainClass, Path log, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    static String output(Path log) throws Exception {
        return Files.exists(log) ? Files.readString(log) : "";
    }
}
