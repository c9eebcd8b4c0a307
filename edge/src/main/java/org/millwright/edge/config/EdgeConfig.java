package org.millwright.edge.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the edge agent runs with, read from one YAML file by {@link EdgeConfigReader} (the file's schema
 * is in the module README).
 *
 * @param agentId  this agent's id, e.g. {@code edge-north-01}; with a source's name it forms the source id
 *                 ({@code src}) that numbers samples, so it must stay the same across restarts
 * @param hub      the hub's MQTT broker
 * @param buffer   the store-and-forward buffer
 * @param backfill how fast the backlog is sent after an outage
 * @param status   counters in the log and the local status endpoint
 * @param sources  where samples come from; at least one, names unique
 * @param filters  deadband and downsampling rules, first match wins; samples no rule matches all pass
 */
public record EdgeConfig(String agentId, Hub hub, Buffer buffer, Backfill backfill, Status status,
                         List<SourceSettings> sources, List<FilterRule> filters) {
    public EdgeConfig {
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(hub, "hub");
        Objects.requireNonNull(buffer, "buffer");
        Objects.requireNonNull(backfill, "backfill");
        Objects.requireNonNull(status, "status");
        sources = List.copyOf(sources);
        filters = List.copyOf(filters);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("at least one source is needed");
        }
        Set<String> names = new HashSet<>();
        for (SourceSettings source : sources) {
            if (!names.add(source.name())) {
                throw new IllegalArgumentException("source name '" + source.name() + "' is used twice");
            }
        }
    }

    /** The id that numbers the samples of {@code source}: {@code <agentId>/<source name>}. */
    public String sourceId(SourceSettings source) {
        return agentId + '/' + source.name();
    }

    /**
     * The hub's MQTT 5 broker; the agent keeps a persistent session there (clean start false).
     *
     * @param host            broker host
     * @param port            broker port
     * @param clientId        MQTT client id; keep it stable, the session is keyed by it
     * @param username        optional user name
     * @param password        optional password, from the environment or a file, never written in the YAML
     * @param sessionExpiry   how long the broker keeps the session while the agent is away
     * @param keepAlive       MQTT keep-alive
     * @param connectTimeout  limit of one connection attempt
     * @param reconnectMaxDelay longest wait between reconnection attempts (it doubles from 1 s up to this)
     * @param maxInFlight     publishes awaiting PUBACK at most
     */
    public record Hub(String host, int port, String clientId, Optional<String> username, Optional<Secret> password,
                      Duration sessionExpiry, Duration keepAlive, Duration connectTimeout,
                      Duration reconnectMaxDelay, int maxInFlight) {
        public Hub {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(clientId, "clientId");
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(password, "password");
            Objects.requireNonNull(sessionExpiry, "sessionExpiry");
            Objects.requireNonNull(keepAlive, "keepAlive");
            Objects.requireNonNull(connectTimeout, "connectTimeout");
            Objects.requireNonNull(reconnectMaxDelay, "reconnectMaxDelay");
        }

        /** {@code host:port}. */
        public String address() {
            return host + ':' + port;
        }
    }

    /**
     * The SQLite store-and-forward buffer.
     *
     * @param path        the database file (WAL mode: {@code -wal} and {@code -shm} files appear beside it)
     * @param maxRows     samples kept at most
     * @param maxBytes    bytes of buffered samples (topic and payload) at most
     * @param whenFull    what happens to a sample that does not fit
     * @param synchronous SQLite's {@code synchronous} setting
     */
    public record Buffer(Path path, long maxRows, long maxBytes, WhenFull whenFull, Synchronous synchronous) {
        public Buffer {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(whenFull, "whenFull");
            Objects.requireNonNull(synchronous, "synchronous");
            if (maxRows < 1 || maxBytes < 1) {
                throw new IllegalArgumentException("buffer bounds must be positive: " + maxRows + " rows, "
                        + maxBytes + " bytes");
            }
        }
    }

    /** @param rate backlog samples sent per second at most, while live samples go at once */
    public record Backfill(double rate) {
        public Backfill {
            if (!(rate > 0) || Double.isInfinite(rate)) {
                throw new IllegalArgumentException("backfill rate must be a positive number, was " + rate);
            }
        }
    }

    /**
     * @param httpPort    port of {@code GET /status} on 127.0.0.1; empty: no endpoint, 0: any free port
     * @param logInterval how often the counters are logged
     */
    public record Status(Optional<Integer> httpPort, Duration logInterval) {
        public Status {
            Objects.requireNonNull(httpPort, "httpPort");
            Objects.requireNonNull(logInterval, "logInterval");
        }
    }
}
