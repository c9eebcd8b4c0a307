package org.millwright.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.millwright.edge.TestHub.Received;
import org.millwright.embedded.BrokerConfig;
import org.millwright.embedded.EmbeddedBroker;

/**
 * Issue 4's acceptance test of the edge agent, end to end with real parts: the agent is a separate JVM collecting
 * from the built-in simulator (1 asset × 5 signals every 0.5 s, no filter, so every sample counts) into its SQLite
 * buffer and forwarding to a HiveMQ CE broker with file persistence; the "hub" is the real ingest path (persistent
 * MQTT subscription, decoder, de-duplication, live pipeline, history sink).
 *
 * <ol>
 *   <li>The broker is stopped for more than 60 s while the agent keeps collecting, then started again on the same
 *       data: the backlog is backfilled oldest first at 20 samples/s, flagged historical, while live samples flow
 *       at once.</li>
 *   <li>In the middle of the backfill the agent's process is killed with SIGKILL and started again.</li>
 *   <li>After a clean stop, every sequence number the agent handed out (read from its buffer file) arrived at the
 *       hub exactly once after de-duplication, in order per source and stream, none missing, and every
 *       duplicate the hub dropped was the same sample (no sequence number was reused across the kill).</li>
 * </ol>
 */
class EdgeOutageIT {
    private static final String SOURCE = "edge-it-01/sim";
    private static final Duration OUTAGE = Duration.ofSeconds(60);
    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    Path work;

    private final Path logs = Path.of("target", "edge-outage");
    private final int brokerPort = freePort();
    private final int statusPort = freePort();
    private EmbeddedBroker broker;
    private TestHub hub;
    private EdgeProcess edge;

    @Test
    void noSampleIsLostOrDuplicatedThroughABrokerOutageAndAKillOfTheAgentDuringTheBackfill() throws Exception {
        BrokerConfig brokerConfig = BrokerConfig.defaults(work.resolve("broker")).withPort(brokerPort);
        broker = EmbeddedBroker.start(brokerConfig);
        hub = new TestHub(brokerPort, CLOCK);
        Path config = writeConfig();
        edge = EdgeProcess.start(config, logs.resolve("edge-1.log"), statusPort);
        await("agent connected and samples arriving live").atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> edge.flag("connected") && hub.received.size() >= 20);

        // 1. the hub's broker is down for more than a minute; the agent keeps collecting
        broker.close();
        Instant stoppedAt = CLOCK.instant();
        long bufferedAtStop = edge.counter("buffered");
        await("an outage of " + OUTAGE + " with the agent buffering").atMost(OUTAGE.plusMinutes(1))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> !Duration.between(stoppedAt, CLOCK.instant()).minus(OUTAGE).isNegative()
                        && !edge.flag("connected") && edge.counter("backlog") >= 500);
        assertThat(edge.counter("buffered") - bufferedAtStop).isGreaterThanOrEqualTo(500);
        broker = EmbeddedBroker.start(brokerConfig);
        Instant restartedAt = CLOCK.instant();

        // 2. backfill under way, live flowing: kill the agent in the middle of it
        await("backfill under way").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(200))
                .until(() -> hub.historicalCount() >= 100 && edge.counter("backlog") >= 200);
        long liveDuringBackfill = hub.received.stream()
                .filter(r -> !r.historical() && r.signal().observedAt().isAfter(restartedAt)).count();
        assertThat(liveDuringBackfill).as("live samples arrive while the backlog is being sent").isPositive();
        edge.kill();
        edge = EdgeProcess.start(config, logs.resolve("edge-2.log"), statusPort);
        await("backfill finished after the restart").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> edge.flag("connected") && edge.counter("backlog") == 0 && !edge.flag("backfilling"));

        // 3. a clean stop; then everything numbered must be at the hub
        assertThat(edge.stop()).isIn(0, 143);
        long lastSeq = lastSequenceInBuffer();
        assertThat(rowsLeftInBuffer()).isZero();
        await("the hub has every sample").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> hub.received.size() >= lastSeq);

        List<Received> received = List.copyOf(hub.received);
        assertThat(received).extracting(Received::source).containsOnly(SOURCE);
        assertThat(received.stream().map(Received::seq).sorted().toList())
                .as("each sequence number 1..%d exactly once", lastSeq)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, lastSeq).boxed().toList());
        assertInOrder(received, true);
        assertInOrder(received, false);
        Map<String, Received> first = hub.bySourceAndSeq();
        assertThat(hub.duplicates).allSatisfy(duplicate -> assertThat(duplicate.signal())
                .as("a duplicate is the same sample, not a reused number")
                .isEqualTo(first.get(SOURCE + "#" + duplicate.sequence().getAsLong()).signal()));
        List<Received> takenDuringOutage = received.stream().filter(r -> r.signal().observedAt()
                .isAfter(stoppedAt.plusSeconds(5)) && r.signal().observedAt().isBefore(restartedAt)).toList();
        assertThat(takenDuringOutage).hasSizeGreaterThanOrEqualTo(400).allMatch(Received::historical);
        assertThat(hub.missing).isEmpty();
        assertThat(hub.deadLetters).isEmpty();
        assertThat(hub.history).hasSize((int) received.stream().filter(Received::historical).count());
        assertThat(hub.live).hasSize((int) received.stream().filter(r -> !r.historical()).count());
        String firstLog = Files.readString(logs.resolve("edge-1.log"));
        assertThat(firstLog).contains("Disconnected from hub broker", "Backfill started");
        assertThat(Files.readString(logs.resolve("edge-2.log"))).contains("Backfill started", "Backfill finished");
        System.out.printf("edge outage: %d samples numbered, %d historical, %d duplicates dropped, %d during outage%n",
                lastSeq, hub.historicalCount(), hub.duplicates.size(), takenDuringOutage.size());
    }

    private static void assertInOrder(List<Received> received, boolean historical) {
        List<Long> stream = received.stream().filter(r -> r.historical() == historical).map(Received::seq).toList();
        for (int i = 1; i < stream.size(); i++) {
            assertThat(stream.get(i)).as("%s stream in order at %d", historical ? "historical" : "live", i)
                    .isGreaterThan(stream.get(i - 1));
        }
    }

    private Path writeConfig() throws IOException {
        Path file = work.resolve("edge.yaml");
        Files.writeString(file, """
                agent-id: edge-it-01
                hub:
                  host: 127.0.0.1
                  port: %d
                  keep-alive: PT5S
                  reconnect-max-delay: PT2S
                buffer:
                  path: buffer/edge.db
                  max-rows: 100000
                backfill:
                  rate: 20
                status:
                  http-port: %d
                  log-interval: PT10S
                sources:
                  - name: sim
                    type: simulator
                    interval: PT0.5S
                    assets: [north-l1-motor-01]
                """.formatted(brokerPort, statusPort));
        return file;
    }

    private long lastSequenceInBuffer() throws SQLException {
        return queryLong("select last_seq from source_sequence where source = '" + SOURCE + "'");
    }

    private long rowsLeftInBuffer() throws SQLException {
        return queryLong("select count(*) from sample");
    }

    private long queryLong(String sql) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + work.resolve("buffer/edge.db"));
             Statement statement = db.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    @AfterEach
    void stopEverything() throws Exception {
        if (edge != null) {
            edge.close();
        }
        if (hub != null) {
            hub.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
