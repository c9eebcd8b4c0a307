package org.millwright.simulator;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.millwright.model.SignalType;

/**
 * How a {@link PlantSimulator} runs. Start from {@link #defaults()} and change what differs with the
 * {@code with…} methods.
 *
 * @param host             MQTT broker host
 * @param port             MQTT broker port, 1–65535
 * @param clientId         MQTT client identifier, non-blank and unique on the broker
 * @param publishIntervals wall-clock interval between samples, for every {@link SignalType}
 * @param timeAcceleration how many times faster plant time runs than wall time (degradations and physics run
 *                         on plant time); positive
 * @param seed             seeds the physics; same seed, same plant
 * @param clock            wall clock: stamps samples and measures elapsed time
 * @param qos              MQTT QoS of telemetry, 0–2
 * @param connectTimeout   how long {@link PlantSimulator#start} waits for the broker, positive
 * @param repairTopic      topic of {@code {"assetId":"…"}} messages after which the asset is repaired; empty
 *                         to not subscribe
 * @param realistic        adds non-stationary noise (load changes, stops and starts with transients, sensor
 *                         spikes, drop-outs) to every asset; off by default so the demo stays steady
 */
public record SimulatorConfig(String host, int port, String clientId, Map<SignalType, Duration> publishIntervals,
                              double timeAcceleration, long seed, Clock clock, int qos, Duration connectTimeout,
                              Optional<String> repairTopic, boolean realistic) {
    /** Where the hub reports completed maintenance work. */
    public static final String DEFAULT_REPAIR_TOPIC = "millwright/events/maintenance-completed";

    public SimulatorConfig {
        Texts.requireNonBlank(host, "host");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be 1-65535: " + port);
        }
        Texts.requireNonBlank(clientId, "clientId");
        Objects.requireNonNull(publishIntervals, "publishIntervals");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(repairTopic, "repairTopic");
        Map<SignalType, Duration> intervals = new EnumMap<>(SignalType.class);
        intervals.putAll(publishIntervals);
        List<SignalType> missing = Arrays.stream(SignalType.values()).filter(t -> !intervals.containsKey(t)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("publishIntervals has no interval for " + missing);
        }
        intervals.forEach((type, interval) -> {
            if (interval.isNegative() || interval.isZero()) {
                throw new IllegalArgumentException("publish interval of " + type + " must be positive: " + interval);
            }
        });
        publishIntervals = Collections.unmodifiableMap(intervals);
        if (!(timeAcceleration > 0) || !Double.isFinite(timeAcceleration)) {
            throw new IllegalArgumentException("timeAcceleration must be a positive number: " + timeAcceleration);
        }
        Objects.requireNonNull(clock, "clock");
        if (qos < 0 || qos > 2) {
            throw new IllegalArgumentException("qos must be 0, 1 or 2: " + qos);
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("connectTimeout must be positive: " + connectTimeout);
        }
        repairTopic.ifPresent(topic -> {
            if (topic.isBlank() || topic.contains("+") || topic.contains("#")) {
                throw new IllegalArgumentException("repairTopic must be a topic name without wildcards: '" + topic + "'");
            }
        });
    }

    /** The configuration without realistic noise (the record before the realism switch existed). */
    public SimulatorConfig(String host, int port, String clientId, Map<SignalType, Duration> publishIntervals,
                           double timeAcceleration, long seed, Clock clock, int qos, Duration connectTimeout,
                           Optional<String> repairTopic) {
        this(host, port, clientId, publishIntervals, timeAcceleration, seed, clock, qos, connectTimeout, repairTopic,
                false);
    }

    /**
     * localhost:1883, client id {@code millwright-simulator}, every signal each second, real time, seed 42,
     * system UTC clock, QoS 1, 10 s connect timeout, repairs on {@value #DEFAULT_REPAIR_TOPIC}.
     */
    public static SimulatorConfig defaults() {
        Map<SignalType, Duration> intervals = new EnumMap<>(SignalType.class);
        for (SignalType type : SignalType.values()) {
            intervals.put(type, Duration.ofSeconds(1));
        }
        return new SimulatorConfig("localhost", 1883, "millwright-simulator", intervals, 1.0, 42, Clock.systemUTC(), 1,
                Duration.ofSeconds(10), Optional.of(DEFAULT_REPAIR_TOPIC), false);
    }

    public SimulatorConfig withBroker(String newHost, int newPort) {
        return new SimulatorConfig(newHost, newPort, clientId, publishIntervals, timeAcceleration, seed, clock, qos,
                connectTimeout, repairTopic, realistic);
    }

    public SimulatorConfig withClientId(String newClientId) {
        return new SimulatorConfig(host, port, newClientId, publishIntervals, timeAcceleration, seed, clock, qos,
                connectTimeout, repairTopic, realistic);
    }

    /** The same interval for every signal. */
    public SimulatorConfig withPublishInterval(Duration interval) {
        Map<SignalType, Duration> intervals = new EnumMap<>(SignalType.class);
        for (SignalType type : SignalType.values()) {
            intervals.put(type, interval);
        }
        return new SimulatorConfig(host, port, clientId, intervals, timeAcceleration, seed, clock, qos,
                connectTimeout, repairTopic, realistic);
    }

    /** Another interval for one signal. */
    public SimulatorConfig withPublishInterval(SignalType signal, Duration interval) {
        Map<SignalType, Duration> intervals = new EnumMap<>(publishIntervals);
        intervals.put(signal, interval);
        return new SimulatorConfig(host, port, clientId, intervals, timeAcceleration, seed, clock, qos,
                connectTimeout, repairTopic, realistic);
    }

    public SimulatorConfig withTimeAcceleration(double newAcceleration) {
        return new SimulatorConfig(host, port, clientId, publishIntervals, newAcceleration, seed, clock, qos,
                connectTimeout, repairTopic, realistic);
    }

    public SimulatorConfig withSeed(long newSeed) {
        return new SimulatorConfig(host, port, clientId, publishIntervals, timeAcceleration, newSeed, clock, qos,
                connectTimeout, repairTopic, realistic);
    }

    public SimulatorConfig withClock(Clock newClock) {
        return new SimulatorConfig(host, port, clientId, publishIntervals, timeAcceleration, seed, newClock, qos,
                connectTimeout, repairTopic, realistic);
    }

    public SimulatorConfig withQos(int newQos) {
        return new SimulatorConfig(host, port, clientId, publishIntervals, timeAcceleration, seed, clock, newQos,
                connectTimeout, repairTopic, realistic);
    }

    public SimulatorConfig withConnectTimeout(Duration newTimeout) {
        return new SimulatorConfig(host, port, clientId, publishIntervals, timeAcceleration, seed, clock, qos,
                newTimeout, repairTopic, realistic);
    }

    public SimulatorConfig withRepairTopic(Optional<String> newRepairTopic) {
        return new SimulatorConfig(host, port, clientId, publishIntervals, timeAcceleration, seed, clock, qos,
                connectTimeout, newRepairTopic, realistic);
    }

    /** With or without realistic non-stationary noise; see {@link PlantPhysics#PlantPhysics(PlantDefinition, long, boolean)}. */
    public SimulatorConfig withRealism(boolean newRealistic) {
        return new SimulatorConfig(host, port, clientId, publishIntervals, timeAcceleration, seed, clock, qos,
                connectTimeout, repairTopic, newRealistic);
    }
}
