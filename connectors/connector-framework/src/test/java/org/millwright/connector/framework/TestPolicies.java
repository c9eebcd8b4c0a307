package org.millwright.connector.framework;

import java.time.Duration;

/** Policies with small durations so tests never wait long; the open-state wait is driven by {@link TestClock}. */
final class TestPolicies {
    static final Duration OPEN_WAIT = Duration.ofMinutes(1);

    private TestPolicies() {
    }

    /** No retries, a breaker over 4 attempts opening at 50 %, 2 trial calls, generous bulkhead and rate limit. */
    static SystemPolicy noRetries() {
        return new SystemPolicy(
                new SystemPolicy.RetryPolicy(1, Duration.ofMillis(10), 2.0, 0.0, Duration.ofMillis(100)),
                new SystemPolicy.CircuitBreakerPolicy(50f, 4, 4, OPEN_WAIT, 2),
                new SystemPolicy.BulkheadPolicy(5, Duration.ZERO),
                new SystemPolicy.RateLimitPolicy(1000, Duration.ofSeconds(1), Duration.ZERO),
                Duration.ofSeconds(2));
    }

    static SystemPolicy retries(int maxAttempts, Duration initialBackoff, double jitter) {
        return noRetries().withRetry(new SystemPolicy.RetryPolicy(maxAttempts, initialBackoff, 2.0, jitter,
                Duration.ofSeconds(1)));
    }
}
