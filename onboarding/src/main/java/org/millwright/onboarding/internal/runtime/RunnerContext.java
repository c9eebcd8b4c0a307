package org.millwright.onboarding.internal.runtime;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import org.millwright.onboarding.internal.config.BrokerSpec;

/**
 * What every source runner shares.
 *
 * @param intake       where samples go
 * @param executor     runs connection attempts and their retries
 * @param clock        time
 * @param hubBroker    the broker of sources that name none
 * @param pkiRoot      OPC UA sources keep their certificates under {@code pkiRoot/<plant>/<source>} by default
 * @param retryInitial first delay after a failed connection attempt
 * @param retryMax     the delay doubles up to this
 */
public record RunnerContext(Intake intake, ScheduledExecutorService executor, Clock clock, BrokerSpec hubBroker,
                            Path pkiRoot, Duration retryInitial, Duration retryMax) {
    public RunnerContext {
        Objects.requireNonNull(intake, "intake");
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(hubBroker, "hubBroker");
        Objects.requireNonNull(pkiRoot, "pkiRoot");
        Objects.requireNonNull(retryInitial, "retryInitial");
        Objects.requireNonNull(retryMax, "retryMax");
    }

    /** The delay before attempt {@code failures + 1}: doubling from {@link #retryInitial} up to {@link #retryMax}. */
    public Duration retryDelay(int failures) {
        Duration delay = retryInitial.multipliedBy(1L << Math.min(failures, 20));
        return delay.compareTo(retryMax) > 0 ? retryMax : delay;
    }
}
