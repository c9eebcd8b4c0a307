package org.millwright.bench.e2e;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;
import org.millwright.detect.Detector;
import org.millwright.detect.RuleSetLoader;
import org.millwright.ingest.IngestGateway;
import org.millwright.ingest.JsonSampleDecoder;
import org.millwright.ingest.Pipeline;
import org.millwright.protocol.mqtt.MqttIngestSource;
import org.millwright.protocol.mqtt.MqttSourceConfig;

/**
 * End-to-end ingest benchmark: N publishers → Mosquitto (started here on loopback) → consumer, QoS 1 throughout,
 * run twice over the same load in one run: (a) a bare HiveMQ-client subscriber that only counts (the practical drain
 * limit of this machine) and (b) the hub path {@link MqttIngestSource} → {@link IngestGateway} (decode, validate,
 * normalize) → {@link Pipeline} → detect's {@link Detector} with the default rule set. Each is warmed up first with a
 * smaller load. Bounded: stops when every sample was consumed or the phase timed out (then {@code lost} says how
 * many were missing).
 */
public final class IngestE2eBenchmark {
    private static final int QOS = 1;

    private IngestE2eBenchmark() {
    }

    /**
     * Runs it and writes the JSON. Arguments are {@code key=value}: {@code samples} (200000 per round),
     * {@code warmup} (20000), {@code rounds} (3), {@code publishers} (2), {@code assets} (40), {@code window}
     * (1000 unacknowledged publishes per publisher), {@code partitions} (2), {@code queue} (1024 per partition), {@code timeout} (seconds per phase,
     * 120), {@code out} ({@code bench/results/ingest-e2e.json}).
     */
    public static void main(String[] args) throws Exception {
        Settings settings = Settings.parse(args);
        E2eResult result = run(settings);
        Files.createDirectories(settings.out().toAbsolutePath().getParent());
        Files.writeString(settings.out(), result.toJson());
        System.out.print(result.toJson());
        System.out.println("written to " + settings.out().toAbsolutePath());
    }

    /** {@link #main} for the command line: exits when done (the MQTT client's I/O threads are not daemons). */
    public static final class Cli {
        private Cli() {
        }

        public static void main(String[] args) throws Exception {
            try {
                IngestE2eBenchmark.main(args);
            } catch (Exception | Error e) {
                e.printStackTrace();
                System.exit(1);
            }
            System.exit(0);
        }
    }

    /**
     * Starts Mosquitto in a temporary directory, warms both paths up, then runs {@code rounds} rounds of bare then
     * hub over the same load and reports the median of each figure over the rounds (the machine is shared, so a
     * single round is noisy); {@code lost} and {@code duplicates} are summed over all rounds.
     */
    public static E2eResult run(Settings settings) throws Exception {
        Path work = Files.createTempDirectory("millwright-bench-mosquitto");
        BenchPlant plant = new BenchPlant(settings.assets());
        Detector detector = new Detector(RuleSetLoader.loadDefault());
        try (Mosquitto mosquitto = Mosquitto.start(work)) {
            bare(mosquitto, plant, settings, settings.warmup(), "warm");
            hub(mosquitto, plant, detector, settings, settings.warmup(), "warm");
            int rounds = settings.rounds();
            double[] bareRates = new double[rounds];
            double[] hubRates = new double[rounds];
            double[] p50 = new double[rounds];
            double[] p99 = new double[rounds];
            double[] hubCpu = new double[rounds];
            double[] brokerCpu = new double[rounds];
            long lost = 0;
            long duplicates = 0;
            for (int round = 0; round < rounds; round++) {
                bareRates[round] = bare(mosquitto, plant, settings, settings.samples(), "run-" + round);
                long cpuBefore = processCpuNanos();
                long brokerBefore = brokerCpuNanos(mosquitto.pid());
                long wallBefore = System.nanoTime();
                HubPhase hub = hub(mosquitto, plant, detector, settings, settings.samples(), "run-" + round);
                double wall = System.nanoTime() - wallBefore;
                hubRates[round] = hub.rate();
                p50[round] = hub.handler().percentileMillis(50);
                p99[round] = hub.handler().percentileMillis(99);
                hubCpu[round] = (processCpuNanos() - cpuBefore) / wall;
                brokerCpu[round] = (brokerCpuNanos(mosquitto.pid()) - brokerBefore) / wall;
                lost += hub.published() - hub.handler().detected();
                duplicates += hub.handler().duplicates();
                System.out.printf(Locale.ROOT, "round %d: bare %.0f/s, hub %.0f/s, ratio %.3f, p50 %.1f ms,"
                        + " p99 %.1f ms%n", round + 1, bareRates[round], hubRates[round],
                        hubRates[round] / bareRates[round], p50[round], p99[round]);
            }
            return new E2eResult(QOS, settings.samples(), rounds, settings.publishers(), settings.assets(),
                    median(hubRates), median(bareRates), lost, duplicates, median(p50), median(p99), median(hubCpu),
                    median(brokerCpu), ProcStatus.kib("VmRSS") / 1024.0, ProcStatus.kib("VmHWM") / 1024.0,
                    ProcStatus.machine());
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static double bare(Mosquitto mosquitto, BenchPlant plant, Settings settings, long samples, String run)
            throws Exception {
        LongAdder received = new LongAdder();
        Mqtt5AsyncClient subscriber = MqttClient.builder().useMqttVersion5().identifier("bench-bare-" + run)
                .serverHost("127.0.0.1").serverPort(mosquitto.port()).buildAsync();
        subscriber.connectWith().cleanStart(true).send().get(10, TimeUnit.SECONDS);
        try {
            subscriber.subscribeWith().topicFilter(BenchPlant.TOPIC_FILTER).qos(MqttQos.AT_LEAST_ONCE)
                    .callback(publish -> received.increment()).send().get(10, TimeUnit.SECONDS);
            LoadPublishers publishers = new LoadPublishers(mosquitto.port(), plant.assets(), settings.publishers(),
                    settings.window());
            long start = System.nanoTime();
            publishers.publish(samples, "bare-" + run);
            long end = awaitCount(received::sum, publishers.acknowledged(), settings.timeout());
            return received.sum() * 1e9 / (end - start);
        } finally {
            subscriber.disconnect().get(10, TimeUnit.SECONDS);
        }
    }

    private record HubPhase(double rate, long published, DetectingHandler handler) {
    }

    private static HubPhase hub(Mosquitto mosquitto, BenchPlant plant, Detector detector, Settings settings,
                                long samples, String run) throws Exception {
        DetectingHandler handler = new DetectingHandler(detector, plant.assets(), (int) samples);
        AtomicLong deadLetters = new AtomicLong();
        try (Pipeline pipeline = Pipeline.start(settings.partitions(), settings.queue(), handler, Clock.systemUTC());
             MqttIngestSource source = new MqttIngestSource(
                     MqttSourceConfig.of("127.0.0.1", mosquitto.port(), "bench-hub-" + run)
                             .withTopicFilter(BenchPlant.TOPIC_FILTER).withConnectTimeout(Duration.ofSeconds(10)),
                     new IngestGateway(JsonSampleDecoder.of(plant.catalogue()),
                             letter -> deadLetters.incrementAndGet(), pipeline, Clock.systemUTC()))) {
            source.start();
            LoadPublishers publishers = new LoadPublishers(mosquitto.port(), plant.assets(), settings.publishers(),
                    settings.window());
            long start = System.nanoTime();
            publishers.publish(samples, "hub-" + run);
            long end = awaitCount(handler::detected, publishers.acknowledged(), settings.timeout());
            if (deadLetters.get() > 0) {
                throw new IllegalStateException(deadLetters.get() + " benchmark samples were dead-lettered");
            }
            return new HubPhase(handler.detected() * 1e9 / (end - start), publishers.acknowledged(), handler);
        }
    }

    /** Waits until {@code count} reaches {@code target} or the timeout; returns when (System.nanoTime). */
    private static long awaitCount(LongSupplier count, long target, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (count.getAsLong() < target && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(200));
        }
        return System.nanoTime();
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long brokerCpuNanos(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
            return ticks * 10_000_000L; // USER_HZ is 100 on Linux
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** The benchmark's knobs; see {@link IngestE2eBenchmark#main}. */
    public record Settings(long samples, long warmup, int rounds, int publishers, int assets, int window,
                           int partitions, int queue, Duration timeout, Path out) {
        private static final Map<String, String> DEFAULTS = Map.of("samples", "200000", "warmup", "20000",
                "rounds", "3", "publishers", "2", "assets", "40", "window", "1000", "partitions", "2",
                "queue", "1024", "timeout", "120", "out", "bench/results/ingest-e2e.json");

        /** The defaults overridden by {@code key=value} arguments; an unknown key is an error naming it. */
        public static Settings parse(String... args) {
            Map<String, String> values = new HashMap<>(DEFAULTS);
            for (String arg : args) {
                int eq = arg.indexOf('=');
                if (eq < 1) {
                    throw new IllegalArgumentException("argument '" + arg + "' is not key=value");
                }
                String key = arg.substring(0, eq);
                if (!DEFAULTS.containsKey(key)) {
                    throw new IllegalArgumentException("unknown argument '" + key + "'; known: "
                            + new TreeSet<>(DEFAULTS.keySet()));
                }
                values.put(key, arg.substring(eq + 1));
            }
            Settings s = new Settings(Long.parseLong(values.get("samples")), Long.parseLong(values.get("warmup")),
                    Integer.parseInt(values.get("rounds")), Integer.parseInt(values.get("publishers")),
                    Integer.parseInt(values.get("assets")), Integer.parseInt(values.get("window")),
                    Integer.parseInt(values.get("partitions")), Integer.parseInt(values.get("queue")),
                    Duration.ofSeconds(Long.parseLong(values.get("timeout"))), Path.of(values.get("out")));
            if (s.samples < 1 || s.samples > Integer.MAX_VALUE || s.warmup < 0 || s.rounds < 1) {
                throw new IllegalArgumentException("samples must be 1.." + Integer.MAX_VALUE
                        + ", warmup at least 0 and rounds at least 1");
            }
            return s;
        }
    }
}
