package org.millwright.bench.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads this process's memory from {@code /proc/self/status} and a few facts about the machine. */
final class ProcStatus {
    private ProcStatus() {
    }

    /** A {@code kB} field of {@code /proc/self/status}, e.g. {@code VmRSS}; -1 when unavailable. */
    static long kib(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field + ':')) {
                    return Long.parseLong(line.substring(field.length() + 1).replace("kB", "").trim());
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /** CPU count and model, memory, JVM and broker version. */
    static Map<String, String> machine() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("nproc", Integer.toString(Runtime.getRuntime().availableProcessors()));
        facts.put("cpu_model", firstValue(Path.of("/proc/cpuinfo"), "model name"));
        facts.put("mem_total", firstValue(Path.of("/proc/meminfo"), "MemTotal"));
        facts.put("java", System.getProperty("java.vm.name") + ' ' + System.getProperty("java.version"));
        facts.put("jvm_max_heap_mb", Long.toString(Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        facts.put("os", System.getProperty("os.name") + ' ' + System.getProperty("os.version"));
        facts.put("broker", mosquittoVersion());
        facts.put("note", "publishers run in the benchmark JVM, so hub_cpu_cores includes them");
        return facts;
    }

    private static String firstValue(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.stream().filter(line -> line.startsWith(key)).findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String mosquittoVersion() {
        try {
            Process process = new ProcessBuilder(Mosquitto.BINARY.toString(), "-h").redirectErrorStream(true).start();
            String first = new String(process.getInputStream().readAllBytes()).lines().findFirst().orElse("");
            process.waitFor();
            return first.isBlank() ? "unknown" : first.trim();
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
