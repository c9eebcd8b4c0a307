package org.millwright.onboarding;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * How {@link PlantSources} runs. Build it with {@link #builder(Path)}; every value is validated by {@link Builder#build()}.
 *
 * @param directory        the plants directory: one {@code *.yaml} (or {@code *.yml}) file per plant
 * @param pkiDirectory     OPC UA sources keep their certificate and trust lists under
 *                         {@code <pkiDirectory>/<plant>/<source>} unless their file names a {@code pki} folder
 * @param brokerHost       the hub's MQTT broker, used by MQTT and Sparkplug sources that name no broker
 * @param brokerPort       its port
 * @param brokerUsername   optional user name for the hub's broker
 * @param brokerPassword   optional password for the hub's broker
 * @param pollInterval     how often the directory is checked for new, changed and deleted files; zero for never
 *                         (then only {@link PlantSources#reload()} applies changes)
 * @param retryInitial     first delay before a failed MQTT or Sparkplug connection is tried again
 * @param retryMax         that delay doubles up to this
 * @param environment      resolves {@code {env: NAME}} secret references; the process environment by default
 */
public record PlantSourcesConfig(Path directory, Path pkiDirectory, String brokerHost, int brokerPort,
                                 Optional<String> brokerUsername, Optional<String> brokerPassword,
                                 Duration pollInterval, Duration retryInitial, Duration retryMax,
                                 Function<String, Optional<String>> environment) {
    public PlantSourcesConfig {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(pkiDirectory, "pkiDirectory");
        Objects.requireNonNull(brokerHost, "brokerHost");
        if (brokerPort < 1 || brokerPort > 65_535) {
            throw new IllegalArgumentException("brokerPort must be 1 to 65535, was " + brokerPort);
        }
        Objects.requireNonNull(brokerUsername, "brokerUsername");
        Objects.requireNonNull(brokerPassword, "brokerPassword");
        if (Objects.requireNonNull(pollInterval, "pollInterval").isNegative()) {
            throw new IllegalArgumentException("pollInterval must not be negative, was " + pollInterval);
        }
        requirePositive(retryInitial, "retryInitial");
        requirePositive(retryMax, "retryMax");
        if (retryMax.compareTo(retryInitial) < 0) {
            throw new IllegalArgumentException("retryMax " + retryMax + " is shorter than retryInitial " + retryInitial);
        }
        Objects.requireNonNull(environment, "environment");
    }

    /** Plants in {@code directory}; the hub's broker at 127.0.0.1:1883, checked every 2 s, retries 2 s to 5 min. */
    public static Builder builder(Path directory) {
        return new Builder(directory);
    }

    @Override
    public String toString() {
        return "PlantSourcesConfig[directory=" + directory + ", pki=" + pkiDirectory + ", broker=" + brokerHost + ':'
                + brokerPort + ", username=" + brokerUsername.orElse("-") + ", password="
                + (brokerPassword.isPresent() ? "***" : "-") + ", poll=" + pollInterval + ", retry=" + retryInitial
                + ".." + retryMax + ']';
    }

    private static void requirePositive(Duration value, String name) {
        if (Objects.requireNonNull(value, name).isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be more than zero, was " + value);
        }
    }

    /** Collects the settings; {@link #build()} validates them. */
    public static final class Builder {
        private final Path directory;
        private Path pkiDirectory;
        private String brokerHost = "127.0.0.1";
        private int brokerPort = 1883;
        private Optional<String> brokerUsername = Optional.empty();
        private Optional<String> brokerPassword = Optional.empty();
        private Duration pollInterval = Duration.ofSeconds(2);
        private Duration retryInitial = Duration.ofSeconds(2);
        private Duration retryMax = Duration.ofMinutes(5);
        private Function<String, Optional<String>> environment = name -> Optional.ofNullable(System.getenv(name));

        private Builder(Path directory) {
            this.directory = Objects.requireNonNull(directory, "directory");
            this.pkiDirectory = directory.resolve(".pki");
        }

        /** Root of the OPC UA sources' certificate folders; default {@code <directory>/.pki}. */
        public Builder pkiDirectory(Path value) {
            this.pkiDirectory = value;
            return this;
        }

        /** The hub's broker. */
        public Builder broker(String host, int port) {
            this.brokerHost = host;
            this.brokerPort = port;
            return this;
        }

        /** Credentials for the hub's broker. */
        public Builder brokerCredentials(Optional<String> username, Optional<String> password) {
            this.brokerUsername = username;
            this.brokerPassword = password;
            return this;
        }

        /** How often the directory is checked; zero for never. */
        public Builder pollInterval(Duration value) {
            this.pollInterval = value;
            return this;
        }

        /** Backoff of failed MQTT and Sparkplug connections. */
        public Builder retryDelays(Duration initial, Duration max) {
            this.retryInitial = initial;
            this.retryMax = max;
            return this;
        }

        /** Where {@code {env: NAME}} references are looked up. */
        public Builder environment(Function<String, Optional<String>> value) {
            this.environment = value;
            return this;
        }

        public PlantSourcesConfig build() {
            return new PlantSourcesConfig(directory, pkiDirectory, brokerHost, brokerPort, brokerUsername,
                    brokerPassword, pollInterval, retryInitial, retryMax, environment);
        }
    }
}
