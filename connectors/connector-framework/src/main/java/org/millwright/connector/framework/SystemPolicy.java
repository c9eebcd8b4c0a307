package org.millwright.connector.framework;

import java.time.Duration;
import java.util.Objects;

/**
 * How the framework protects one system of record: retries, circuit breaker, bulkhead, rate limit and the timeout
 * of each attempt. Immutable; start from {@link #defaults()} and change parts with the withers. Invalid values throw
 * {@link IllegalArgumentException} naming the field.
 *
 * @param retry          retries of retriable failures with exponential backoff and jitter
 * @param circuitBreaker when to stop calling a failing system and when to try again
 * @param bulkhead       how many calls may be in flight to the system at once
 * @param rateLimit      how many calls the system accepts per period
 * @param callTimeout    the longest wait for one attempt; a later answer is a retriable failure
 */
public record SystemPolicy(RetryPolicy retry, CircuitBreakerPolicy circuitBreaker, BulkheadPolicy bulkhead,
                           RateLimitPolicy rateLimit, Duration callTimeout) {

    public SystemPolicy {
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(circuitBreaker, "circuitBreaker");
        Objects.requireNonNull(bulkhead, "bulkhead");
        Objects.requireNonNull(rateLimit, "rateLimit");
        requirePositive(callTimeout, "callTimeout");
    }

    /**
     * Defaults for a typical ERP/EAM: 3 attempts from 500 ms doubling with 50 % jitter up to 10 s; the circuit opens
     * at 50 % failures over the last 20 calls (at least 10), stays open 30 s, then tries 3 calls; 10 concurrent calls,
     * no wait for the bulkhead; 50 calls per second, waiting up to 1 s for a permit; 10 s per attempt.
     */
    public static SystemPolicy defaults() {
        return new SystemPolicy(
                new RetryPolicy(3, Duration.ofMillis(500), 2.0, 0.5, Duration.ofSeconds(10)),
                new CircuitBreakerPolicy(50f, 20, 10, Duration.ofSeconds(30), 3),
                new BulkheadPolicy(10, Duration.ZERO),
                new RateLimitPolicy(50, Duration.ofSeconds(1), Duration.ofSeconds(1)),
                Duration.ofSeconds(10));
    }

    public SystemPolicy withRetry(RetryPolicy retry) {
        return new SystemPolicy(retry, circuitBreaker, bulkhead, rateLimit, callTimeout);
    }

    public SystemPolicy withCircuitBreaker(CircuitBreakerPolicy circuitBreaker) {
        return new SystemPolicy(retry, circuitBreaker, bulkhead, rateLimit, callTimeout);
    }

    public SystemPolicy withBulkhead(BulkheadPolicy bulkhead) {
        return new SystemPolicy(retry, circuitBreaker, bulkhead, rateLimit, callTimeout);
    }

    public SystemPolicy withRateLimit(RateLimitPolicy rateLimit) {
        return new SystemPolicy(retry, circuitBreaker, bulkhead, rateLimit, callTimeout);
    }

    public SystemPolicy withCallTimeout(Duration callTimeout) {
        return new SystemPolicy(retry, circuitBreaker, bulkhead, rateLimit, callTimeout);
    }

    /**
     * Retries of retriable failures. The n-th wait is {@code initialBackoff * multiplier^(n-1)}, capped at
     * {@code maxBackoff}, then spread uniformly by {@code ± jitter} of itself.
     *
     * @param maxAttempts    attempts in total, the first included; 1 disables retries
     * @param initialBackoff the wait before the first retry
     * @param multiplier     growth of the wait per retry, at least 1
     * @param jitter         randomization factor in [0, 1)
     * @param maxBackoff     the longest wait, at least {@code initialBackoff}
     */
    public record RetryPolicy(int maxAttempts, Duration initialBackoff, double multiplier, double jitter,
                              Duration maxBackoff) {
        public RetryPolicy {
            requireAtLeastOne(maxAttempts, "retry.maxAttempts");
            requirePositive(initialBackoff, "retry.initialBackoff");
            if (!(multiplier >= 1.0)) {
                throw new IllegalArgumentException("retry.multiplier must be at least 1, was " + multiplier);
            }
            if (!(jitter >= 0.0 && jitter < 1.0)) {
                throw new IllegalArgumentException("retry.jitter must be in [0, 1), was " + jitter);
            }
            requirePositive(maxBackoff, "retry.maxBackoff");
            if (maxBackoff.compareTo(initialBackoff) < 0) {
                throw new IllegalArgumentException("retry.maxBackoff (" + maxBackoff
                        + ") must not be shorter than retry.initialBackoff (" + initialBackoff + ")");
            }
        }
    }

    /**
     * The circuit breaker over a count-based sliding window of attempts. Only retriable failures count as failures;
     * permanent ones count as answers (the system is up, the request was wrong).
     *
     * @param failureRateThreshold percentage of failed attempts in the window, in (0, 100], that opens the circuit
     * @param slidingWindowSize    how many of the latest attempts the failure rate is computed over
     * @param minimumCalls         attempts needed before the failure rate is judged, 1..slidingWindowSize
     * @param waitInOpenState      how long the circuit stays open before trial calls are let through
     * @param halfOpenCalls        trial calls in the half-open state that decide between closing and re-opening
     */
    public record CircuitBreakerPolicy(float failureRateThreshold, int slidingWindowSize, int minimumCalls,
                                       Duration waitInOpenState, int halfOpenCalls) {
        public CircuitBreakerPolicy {
            if (!(failureRateThreshold > 0f && failureRateThreshold <= 100f)) {
                throw new IllegalArgumentException(
                        "circuitBreaker.failureRateThreshold must be in (0, 100], was " + failureRateThreshold);
            }
            requireAtLeastOne(slidingWindowSize, "circuitBreaker.slidingWindowSize");
            requireAtLeastOne(minimumCalls, "circuitBreaker.minimumCalls");
            if (minimumCalls > slidingWindowSize) {
                throw new IllegalArgumentException("circuitBreaker.minimumCalls (" + minimumCalls
                        + ") must not exceed circuitBreaker.slidingWindowSize (" + slidingWindowSize + ")");
            }
            requirePositive(waitInOpenState, "circuitBreaker.waitInOpenState");
            requireAtLeastOne(halfOpenCalls, "circuitBreaker.halfOpenCalls");
        }
    }

    /**
     * The bulkhead: a cap on calls in flight to the system, so one slow system cannot take every thread.
     *
     * @param maxConcurrentCalls calls in flight at once
     * @param maxWait            how long a call waits for a free slot before it is rejected; zero rejects at once
     */
    public record BulkheadPolicy(int maxConcurrentCalls, Duration maxWait) {
        public BulkheadPolicy {
            requireAtLeastOne(maxConcurrentCalls, "bulkhead.maxConcurrentCalls");
            requireNotNegative(maxWait, "bulkhead.maxWait");
        }
    }

    /**
     * The rate limit: at most {@code callsPerPeriod} attempts start per {@code period}.
     *
     * @param callsPerPeriod attempts allowed per period
     * @param period         the refresh period of the permits
     * @param maxWait        how long an attempt waits for a permit before it is rejected; zero rejects at once
     */
    public record RateLimitPolicy(int callsPerPeriod, Duration period, Duration maxWait) {
        public RateLimitPolicy {
            requireAtLeastOne(callsPerPeriod, "rateLimit.callsPerPeriod");
            requirePositive(period, "rateLimit.period");
            requireNotNegative(maxWait, "rateLimit.maxWait");
        }
    }

    private static void requireAtLeastOne(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + value);
        }
    }

    private static void requirePositive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }

    private static void requireNotNegative(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, was " + value);
        }
    }
}
