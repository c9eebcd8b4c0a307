package org.millwright.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs the JMH benchmarks. Without arguments: every benchmark of this module, one fork, 3 warm-up iterations of
 * 1 s, 5 measured iterations of 2 s, the gc profiler, JSON to {@value #RESULT}. With arguments they go to JMH's
 * own command line unchanged ({@code -h} lists them).
 */
public final class BenchmarkMain {
    /** Where the default run writes its JSON, relative to the working directory (the repository root). */
    public static final String RESULT = "bench/results/detect-jmh.json";

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length > 0) {
            org.openjdk.jmh.Main.main(args);
            return;
        }
        Files.createDirectories(Path.of(RESULT).toAbsolutePath().getParent());
        org.openjdk.jmh.Main.main(new String[] {"org.millwright.bench", "-f", "1", "-wi", "3", "-w", "1s",
            "-i", "5", "-r", "2s", "-prof", "gc", "-rf", "json", "-rff", RESULT});
    }
}
