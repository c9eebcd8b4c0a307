package org.millwright.edge.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.millwright.model.AssetId;
import org.millwright.protocol.opcua.OpcUaSourceConfig;

/** One place the agent collects samples from; its {@link #name()} is part of the source id. */
public sealed interface SourceSettings {

    /** The source's name, unique in the agent: letters, digits, {@code . _ -}. */
    String name();

    /**
     * The built-in plant simulator, without a broker: values from the simulator's physics, stamped with the
     * wall clock.
     *
     * @param name      source name
     * @param plantFile a plant definition YAML; empty: the simulator's shipped demo plant
     * @param interval  how often every signal of every asset is sampled
     * @param seed      noise seed
     * @param realistic load changes, stops, spikes and drop-outs (see the simulator)
     * @param assets    which assets of the plant; empty: all
     */
    record Simulator(String name, Optional<Path> plantFile, Duration interval, long seed, boolean realistic,
                     List<AssetId> assets) implements SourceSettings {
        public Simulator {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(plantFile, "plantFile");
            Objects.requireNonNull(interval, "interval");
            assets = List.copyOf(assets);
        }
    }

    /**
     * An OPC UA server, through the OPC UA protocol module's client.
     *
     * @param name      source name
     * @param client    endpoint, security, credentials, trust store and monitored nodes
     * @param locations per asset, its ISA-95 path {@code enterprise/site/area/line}, which the unified-namespace
     *                  topic needs
     */
    record OpcUa(String name, OpcUaSourceConfig client, Map<AssetId, String> locations) implements SourceSettings {
        public OpcUa {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(client, "client");
            locations = Map.copyOf(locations);
        }
    }

    /**
     * A local MQTT broker carrying JSON samples on unified-namespace topics (as the simulator publishes them).
     * The agent subscribes with QoS 1 and a persistent session and acknowledges a sample only once it is in
     * the buffer.
     *
     * @param name          source name
     * @param host          broker host
     * @param port          broker port
     * @param clientId      client id of the agent's subscription
     * @param topicFilter   what to subscribe to
     * @param username      optional user name
     * @param password      optional password
     */
    record Mqtt(String name, String host, int port, String clientId, String topicFilter, Optional<String> username,
                Optional<Secret> password) implements SourceSettings {
        public Mqtt {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(clientId, "clientId");
            Objects.requireNonNull(topicFilter, "topicFilter");
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(password, "password");
        }
    }
}
