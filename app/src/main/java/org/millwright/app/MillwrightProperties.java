package org.millwright.app;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every setting of the hub, under {@code millwright.*} (settings without a default may be absent: null here); the README's configuration table follows this class.
 * Embedded parts (database, broker, sandbox systems, simulator) are on by default and each can be switched off to
 * run against external ones. A port of 0 picks a free port.
 *
 * @param dataDirectory where the embedded database and broker keep their files
 */
@ConfigurationProperties("millwright")
public record MillwrightProperties(
        @DefaultValue("./data") Path dataDirectory,
        @DefaultValue Database database,
        @DefaultValue Broker broker,
        @DefaultValue Sandbox sandbox,
        @DefaultValue Simulator simulator,
        @DefaultValue Ingest ingest,
        @DefaultValue Connectors connectors,
        @DefaultValue Workflow workflow,
        @DefaultValue Detection detection,
        @DefaultValue Webhooks webhooks,
        @DefaultValue Reconciliation reconciliation) {

    /**
     * @param embedded use the embedded PostgreSQL under the data directory; false to use {@code spring.datasource.*}
     * @param port     port of the embedded PostgreSQL (loopback only)
     */
    public record Database(@DefaultValue("true") boolean embedded, @DefaultValue("54329") int port) {
    }

    /**
     * @param embedded start the embedded MQTT 5 broker (HiveMQ CE) on loopback; false to use an external broker
     * @param host     broker host the hub and the simulator connect to
     * @param port     broker port (the embedded broker listens on it)
     * @param username optional MQTT user name for an external broker
     * @param password optional MQTT password for an external broker
     */
    public record Broker(@DefaultValue("true") boolean embedded, @DefaultValue("127.0.0.1") String host,
                         @DefaultValue("1883") int port, String username, String password) {
    }

    /**
     * @param enabled         start the sandbox ERP, EAM, planning and field-service systems
     * @param port            their HTTP port (loopback only)
     * @param completionDelay how long a sandbox technician takes before reporting the job done
     */
    public record Sandbox(@DefaultValue("true") boolean enabled, @DefaultValue("8091") int port,
                          @DefaultValue("PT20S") Duration completionDelay) {
    }

    /**
     * @param enabled          run the plant simulator, publishing over MQTT
     * @param plantFile        a plant definition YAML; the shipped default plant when absent
     * @param timeAcceleration plant time runs this many times faster than wall time
     * @param publishInterval  interval between two samples of one signal
     * @param seed             seed of the simulated noise
     */
    public record Simulator(@DefaultValue("true") boolean enabled, Path plantFile,
                            @DefaultValue("1.0") double timeAcceleration, @DefaultValue("PT1S") Duration publishInterval,
                            @DefaultValue("42") long seed) {
    }

    /**
     * @param topicFilter   MQTT topic filter of the unified namespace ({@code enterprise/site/area/line/asset/signal})
     * @param clientId      MQTT client id of the hub; its persistent session keeps unacknowledged samples
     * @param partitions    number of detection partitions (one owner thread each)
     * @param queueCapacity bounded queue per partition (back-pressure towards the broker)
     * @param http          the HTTP batch endpoint
     */
    public record Ingest(@DefaultValue("+/+/+/+/+/+") String topicFilter, @DefaultValue("millwright-hub") String clientId,
                         @DefaultValue("4") int partitions, @DefaultValue("1000") int queueCapacity,
                         @DefaultValue Http http) {
    }

    /**
     * The HTTP batch endpoint for sources that cannot speak MQTT.
     *
     * @param apiKeys         accepted values of the {@code X-Api-Key} header; the endpoint is off while empty
     *                        (set them from the environment, e.g. {@code MILLWRIGHT_INGEST_HTTP_API_KEYS})
     * @param maxRequestBytes larger requests are answered 413 without being read
     * @param timeout         how long a request waits for its accepted samples to be processed
     */
    public record Http(@DefaultValue("") java.util.List<String> apiKeys,
                       @DefaultValue("1048576") int maxRequestBytes, @DefaultValue("PT30S") Duration timeout) {
    }

    /**
     * @param systemsFile    the systems of record and which serves each port per site (see the README); the sandbox
     *                       systems for every site when absent
     * @param sandboxUrl     base URL of the systems of record speaking the sandbox API; the embedded sandbox when absent
     * @param requestTimeout timeout of one call to a system of record
     */
    public record Connectors(Path systemsFile, URI sandboxUrl, @DefaultValue("PT5S") Duration requestTimeout) {
    }

    /**
     * @param callbackBaseUrl base URL field service calls back on; this hub's own address when absent
     * @param repairDuration  length of the maintenance window requested from planning
     */
    public record Workflow(URI callbackBaseUrl, @DefaultValue("PT2H") Duration repairDuration) {
    }

    /** @param rulesFile a rule-set YAML; the shipped default rules when absent */
    public record Detection(Path rulesFile) {
    }

    /**
     * @param file who receives which business events as signed CloudEvents (the connector-rest module's README has
     *             the format); no webhooks when absent
     */
    public record Webhooks(Path file) {
    }

    /**
     * Comparing what the hub believes with what the systems of record hold (runs can always be requested from the
     * API and the console).
     *
     * @param enabled       run reconciliation on a schedule
     * @param interval      time between two scheduled runs (the first one comes one interval after start)
     * @param lookBack      closed episodes are reconciled for this long after they closed; open ones always
     * @param inFlightGrace a step journaled RUNNING for less than this is a call in flight, not a lost answer to
     *                      repair
     */
    public record Reconciliation(@DefaultValue("true") boolean enabled, @DefaultValue("PT15M") Duration interval,
                                 @DefaultValue("P7D") Duration lookBack, @DefaultValue("PT1M") Duration inFlightGrace) {
        public Reconciliation {
            requirePositive(interval, "millwright.reconciliation.interval");
            requirePositive(lookBack, "millwright.reconciliation.look-back");
            requirePositive(inFlightGrace, "millwright.reconciliation.in-flight-grace");
        }

        private static void requirePositive(Duration value, String key) {
            if (value == null || value.isZero() || value.isNegative()) {
                throw new IllegalArgumentException(key + " must be a positive duration (e.g. PT15M), was " + value);
            }
        }
    }
}
