package org.millwright.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How the sandbox systems run.
 *
 * @param host                         the address the HTTP server binds to (loopback by default)
 * @param port                         the TCP port; 0 picks a free one (read it back with {@link SandboxSystems#port()})
 * @param fieldServiceCompletionDelay  how long after dispatch an assignment completes and its callback is due
 * @param callbackRetryInterval        how long to wait before a failed completion callback is sent again
 * @param clock                        the time source for every timestamp, due date and outage window
 * @param randomSeed                   the seed of the random source behind error and lost-response rates
 */
public record SandboxConfig(String host, int port, Duration fieldServiceCompletionDelay,
                            Duration callbackRetryInterval, Clock clock, long randomSeed) {

    public SandboxConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(fieldServiceCompletionDelay, "fieldServiceCompletionDelay");
        Objects.requireNonNull(callbackRetryInterval, "callbackRetryInterval");
        Objects.requireNonNull(clock, "clock");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be within 0..65535: " + port);
        }
        if (fieldServiceCompletionDelay.isNegative()) {
            throw new IllegalArgumentException("fieldServiceCompletionDelay must not be negative: "
                    + fieldServiceCompletionDelay);
        }
        if (callbackRetryInterval.isNegative() || callbackRetryInterval.isZero()) {
            throw new IllegalArgumentException("callbackRetryInterval must be positive: " + callbackRetryInterval);
        }
    }

    /** Loopback, a free port, completion after 20 s, callback retries every 5 s, the UTC system clock, seed 42. */
    public static SandboxConfig defaults() {
        return new SandboxConfig("127.0.0.1", 0, Duration.ofSeconds(20), Duration.ofSeconds(5), Clock.systemUTC(), 42L);
    }

    public SandboxConfig withHost(String newHost) {
        return new SandboxConfig(newHost, port, fieldServiceCompletionDelay, callbackRetryInterval, clock, randomSeed);
    }

    public SandboxConfig withPort(int newPort) {
        return new SandboxConfig(host, newPort, fieldServiceCompletionDelay, callbackRetryInterval, clock, randomSeed);
    }

    public SandboxConfig withFieldServiceCompletionDelay(Duration delay) {
        return new SandboxConfig(host, port, delay, callbackRetryInterval, clock, randomSeed);
    }

    public SandboxConfig withCallbackRetryInterval(Duration interval) {
        return new SandboxConfig(host, port, fieldServiceCompletionDelay, interval, clock, randomSeed);
    }

    public SandboxConfig withClock(Clock newClock) {
        return new SandboxConfig(host, port, fieldServiceCompletionDelay, callbackRetryInterval, newClock, randomSeed);
    }

    public SandboxConfig withRandomSeed(long seed) {
        return new SandboxConfig(host, port, fieldServiceCompletionDelay, callbackRetryInterval, clock, seed);
    }
}
