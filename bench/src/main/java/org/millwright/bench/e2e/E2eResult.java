package org.millwright.bench.e2e;

import java.util.Locale;
import java.util.Map;

/**
 * What one run of {@link IngestE2eBenchmark} measured. Rates are samples per second from the first publish to the
 * last sample consumed; CPU is in cores (CPU seconds per wall second) over the measured hub phase.
 *
 * @param qos            the MQTT QoS of every publish and subscription
 * @param samples        samples published per phase and round
 * @param rounds         rounds of bare then hub; rates, latencies and CPU are medians over them
 * @param publishers     publishing clients
 * @param assets         assets (topics) the samples are spread over
 * @param hubRate        the hub path's sustained rate (publish to detection)
 * @param bareRate       a bare subscriber's drain rate of the same load from the same broker
 * @param lost           samples published in the hub phase minus samples detected (duplicates not counted)
 * @param duplicates     redelivered samples the hub saw twice
 * @param p50Millis      median latency from publish to detection
 * @param p99Millis      99th percentile latency from publish to detection
 * @param hubCpuCores    the benchmark JVM's CPU during the hub phase (includes the publishers, which share it)
 * @param brokerCpuCores Mosquitto's CPU during the hub phase
 * @param hubRssMb       the JVM's resident memory after the hub phase ({@code VmRSS})
 * @param hubRssPeakMb   the JVM's peak resident memory ({@code VmHWM})
 * @param machine        facts about the machine and software
 */
public record E2eResult(int qos, long samples, int rounds, int publishers, int assets, double hubRate, double bareRate, long lost,
                        long duplicates, double p50Millis, double p99Millis, double hubCpuCores, double brokerCpuCores,
                        double hubRssMb, double hubRssPeakMb, Map<String, String> machine) {

    public E2eResult {
        machine = Map.copyOf(machine);
    }

    /** {@code hubRate / bareRate}; the target is at least 0.8. */
    public double ratio() {
        return bareRate == 0 ? 0 : hubRate / bareRate;
    }

    /** The result as a JSON object with the keys the issue names, plus context. */
    public String toJson() {
        StringBuilder json = new StringBuilder("{\n");
        field(json, "qos", Integer.toString(qos));
        field(json, "samples", Long.toString(samples));
        field(json, "hub_rate", number(hubRate, 0));
        field(json, "bare_rate", number(bareRate, 0));
        field(json, "ratio", number(ratio(), 3));
        field(json, "lost", Long.toString(lost));
        field(json, "p50_ms", number(p50Millis, 2));
        field(json, "p99_ms", number(p99Millis, 2));
        field(json, "hub_rss_mb", number(hubRssMb, 1));
        field(json, "hub_rss_peak_mb", number(hubRssPeakMb, 1));
        field(json, "hub_cpu_cores", number(hubCpuCores, 2));
        field(json, "broker_cpu_cores", number(brokerCpuCores, 2));
        field(json, "rounds", Integer.toString(rounds));
        field(json, "duplicates", Long.toString(duplicates));
        field(json, "publishers", Integer.toString(publishers));
        field(json, "assets", Integer.toString(assets));
        json.append("  \"machine\": {");
        String separator = "\n";
        for (Map.Entry<String, String> entry : new java.util.TreeMap<>(machine).entrySet()) {
            json.append(separator).append("    ").append(quote(entry.getKey())).append(": ")
                    .append(quote(entry.getValue()));
            separator = ",\n";
        }
        return json.append("\n  }\n}\n").toString();
    }

    private static void field(StringBuilder json, String key, String value) {
        json.append("  ").append(quote(key)).append(": ").append(value).append(",\n");
    }

    private static String number(double value, int decimals) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%." + decimals + "f", value) : "null";
    }

    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
