package org.millwright.bench.e2e;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.millwright.model.Asset;

/**
 * {@code publishers} MQTT clients, each on its own thread, publishing QoS 1 JSON samples as fast as the broker
 * acknowledges them, with at most {@code window} unacknowledged publishes each. Publisher {@code p} owns the assets
 * {@code p, p + publishers, ...}; every sample carries the time it was built ({@code ts}, strictly rising per asset),
 * which is the start of its latency.
 */
final class LoadPublishers {
    private final int port;
    private final List<Asset> assets;
    private final int publishers;
    private final int window;
    private final AtomicLong acknowledged = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    LoadPublishers(int port, List<Asset> assets, int publishers, int window) {
        if (publishers < 1 || publishers > assets.size()) {
            throw new IllegalArgumentException("publishers must be between 1 and the " + assets.size()
                    + " assets, was " + publishers);
        }
        this.port = port;
        this.assets = assets;
        this.publishers = publishers;
        this.window = window;
    }

    /** Publishes {@code samples} in all (split evenly) and returns once every publish was acknowledged or failed. */
    void publish(long samples, String runId) throws InterruptedException {
        List<Thread> threads = new ArrayList<>(publishers);
        for (int p = 0; p < publishers; p++) {
            long share = samples / publishers + (p < samples % publishers ? 1 : 0);
            int index = p;
            Thread thread = new Thread(() -> run(index, share, runId), "bench-publisher-" + p);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }

    /** Publishes the broker acknowledged. */
    long acknowledged() {
        return acknowledged.get();
    }

    /** Publishes that failed (not counted as published). */
    long failed() {
        return failed.get();
    }

    private void run(int index, long share, String runId) {
        List<Asset> mine = new ArrayList<>();
        for (int a = index; a < assets.size(); a += publishers) {
            mine.add(assets.get(a));
        }
        String[] topics = mine.stream().map(BenchPlant::topic).toArray(String[]::new);
        Instant[] last = new Instant[mine.size()];
        Mqtt5AsyncClient client = MqttClient.builder().useMqttVersion5()
                .identifier("bench-pub-" + runId + '-' + index).serverHost("127.0.0.1").serverPort(port)
                .buildAsync();
        Semaphore inFlight = new Semaphore(window);
        SplittableRandom random = new SplittableRandom(index);
        try {
            client.connect().get(10, TimeUnit.SECONDS);
            for (long i = 0; i < share; i++) {
                int at = (int) (i % topics.length);
                inFlight.acquire();
                Instant ts = Instant.now();
                if (last[at] != null && !ts.isAfter(last[at])) {
                    ts = last[at].plus(1, ChronoUnit.MICROS);
                }
                last[at] = ts;
                double value = 2.0 * (1 + 0.08 * random.nextGaussian());
                byte[] payload = ("{\"ts\":\"" + ts + "\",\"value\":" + Math.max(0, value)
                        + ",\"unit\":\"mm/s\",\"seq\":" + i + '}').getBytes(StandardCharsets.UTF_8);
                client.publishWith().topic(topics[at]).qos(MqttQos.AT_LEAST_ONCE).payload(payload).send()
                        .whenComplete((result, error) -> {
                            if (error == null && result.getError().isEmpty()) {
                                acknowledged.incrementAndGet();
                            } else {
                                failed.incrementAndGet();
                            }
                            inFlight.release();
                        });
            }
            inFlight.acquire(window);
        } catch (Exception e) {
            throw new IllegalStateException("publisher " + index + " failed: " + e, e);
        } finally {
            client.disconnect().orTimeout(10, TimeUnit.SECONDS).exceptionally(error -> null).join();
        }
    }
}
