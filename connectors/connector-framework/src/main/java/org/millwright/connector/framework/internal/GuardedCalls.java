package org.millwright.connector.framework.internal;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.millwright.connector.ConnectorException;
import org.millwright.connector.SystemUnavailableException;
import org.millwright.connector.framework.CallOutcome;
import org.millwright.connector.framework.CircuitState;
import org.millwright.connector.framework.ResilientConnectors;
import org.millwright.connector.framework.SystemPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The call pipeline of one system. A call passes, outermost first: retry → circuit breaker → rate limiter →
 * bulkhead → timeout → adapter. So each attempt is one event for the breaker, an open circuit fails fast before it
 * spends a rate-limit permit or a bulkhead slot, and the bulkhead slot is held only while an attempt runs. Local
 * rejections (bulkhead, rate limit) are retried with backoff but never counted by the breaker; an open circuit is not
 * retried. Every failure leaving the pipeline is a {@link ConnectorException}. Thread-safe.
 */
public final class GuardedCalls implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GuardedCalls.class);

    private final String system;
    private final MeterRegistry registry;
    private final Retry retry;
    private final CircuitBreaker circuitBreaker;
    private final RateLimiter rateLimiter;
    private final Bulkhead bulkhead;
    private final AttemptTimeout timeout;
    private final Duration waitInOpenState;
    private final Gauge circuitGauge;
    private final AtomicReference<String> lastFailure = new AtomicReference<>("none recorded");

    public GuardedCalls(String system, SystemPolicy policy, MeterRegistry registry, Clock clock) {
        this.system = system;
        this.registry = registry;
        this.retry = Retry.of(system, retryConfig(policy.retry()));
        this.circuitBreaker = CircuitBreaker.of(system, circuitBreakerConfig(policy.circuitBreaker(), clock));
        this.rateLimiter = RateLimiter.of(system, RateLimiterConfig.custom()
                .limitForPeriod(policy.rateLimit().callsPerPeriod())
                .limitRefreshPeriod(policy.rateLimit().period())
                .timeoutDuration(policy.rateLimit().maxWait())
                .build());
        this.bulkhead = Bulkhead.of(system, BulkheadConfig.custom()
                .maxConcurrentCalls(policy.bulkhead().maxConcurrentCalls())
                .maxWaitDuration(policy.bulkhead().maxWait())
                .build());
        this.timeout = new AttemptTimeout(system, policy.callTimeout());
        this.waitInOpenState = policy.circuitBreaker().waitInOpenState();
        subscribeToEvents();
        this.circuitGauge = Gauge.builder(ResilientConnectors.CIRCUIT_METER, this,
                        calls -> calls.circuitState().gaugeValue())
                .description("Circuit breaker state per system: 0 closed, 1 open, 2 half-open")
                .tag("system", system)
                .strongReference(true)
                .register(registry);
    }

    /**
     * Runs one reading port call through the pipeline, retried on retriable failures, and records it in
     * {@value ResilientConnectors#CALLS_METER}.
     */
    public <T> T call(String operation, Supplier<T> adapterCall) {
        return measured(operation, () -> retry.executeSupplier(() -> guardedAttempt(operation, adapterCall)));
    }

    /**
     * Runs one port call with a side effect (a create, a status change) through the pipeline ONCE. A retry here,
     * after a timeout or a lost answer, could create a second record in the system; the workflow retries such a
     * step instead, through its idempotency ledger, which first looks for the record the lost attempt created.
     */
    public <T> T callOnce(String operation, Supplier<T> adapterCall) {
        return measured(operation, () -> guardedAttempt(operation, adapterCall));
    }

    private <T> T measured(String operation, Supplier<T> attempts) {
        Timer.Sample sample = Timer.start(registry);
        CallOutcome outcome = CallOutcome.PERMANENT;
        try {
            T result = attempts.get();
            outcome = CallOutcome.SUCCESS;
            return result;
        } catch (ConnectorException e) {
            outcome = outcomeOf(e);
            throw e;
        } finally {
            sample.stop(Timer.builder(ResilientConnectors.CALLS_METER)
                    .description("Calls to systems of record, after retries, by system, operation and outcome")
                    .tag("system", system)
                    .tag("operation", operation)
                    .tag("outcome", outcome.tag())
                    .register(registry));
        }
    }

    /** Runs a port call with a side effect and without a result through the pipeline once; see {@link #callOnce}. */
    public void runOnce(String operation, Runnable adapterCall) {
        callOnce(operation, () -> {
            adapterCall.run();
            return null;
        });
    }

    /** The text of the last retriable failure, or "none recorded". */
    public String lastFailure() {
        return lastFailure.get();
    }

    public CircuitState circuitState() {
        return switch (circuitBreaker.getState()) {
            case OPEN, FORCED_OPEN -> CircuitState.OPEN;
            case HALF_OPEN -> CircuitState.HALF_OPEN;
            default -> CircuitState.CLOSED;
        };
    }

    /** Stops the timeout's threads and withdraws the circuit gauge, so that a successor can register its own. */
    @Override
    public void close() {
        registry.remove(circuitGauge);
        timeout.close();
    }

    private <T> T guardedAttempt(String operation, Supplier<T> adapterCall) {
        try {
            return circuitBreaker.executeSupplier(() -> limitedAttempt(operation, adapterCall));
        } catch (CallNotPermittedException e) {
            throw new SystemUnavailableException(system, operation,
                    "circuit for " + system + " is open; last failure: " + lastFailure.get(), waitInOpenState, e);
        }
    }

    private <T> T limitedAttempt(String operation, Supplier<T> adapterCall) {
        try {
            return RateLimiter.decorateSupplier(rateLimiter,
                    Bulkhead.decorateSupplier(bulkhead, () -> timeout.call(operation, adapterCall))).get();
        } catch (RequestNotPermitted e) {
            throw ConnectorException.retriable(system, operation,
                    "rate limit for " + system + " used up (" + rateLimiter.getRateLimiterConfig().getLimitForPeriod()
                            + " calls per " + rateLimiter.getRateLimiterConfig().getLimitRefreshPeriod() + ")", e);
        } catch (BulkheadFullException e) {
            throw ConnectorException.retriable(system, operation, "bulkhead for " + system + " is full ("
                    + bulkhead.getBulkheadConfig().getMaxConcurrentCalls() + " concurrent calls)", e);
        }
    }

    private void subscribeToEvents() {
        circuitBreaker.getEventPublisher()
                .onError(event -> lastFailure.set(describe(event.getThrowable())))
                .onStateTransition(event -> LOG.warn("Circuit for {}: {}", system,
                        event.getStateTransition()));
        retry.getEventPublisher().onRetry(event -> LOG.info("Retrying a call to {} in {} ms (attempt {}): {}",
                system, event.getWaitInterval().toMillis(), event.getNumberOfRetryAttempts(),
                describe(event.getLastThrowable())));
    }

    private static String describe(Throwable failure) {
        return failure instanceof ConnectorException e ? e.upstreamMessage() : String.valueOf(failure);
    }

    private static RetryConfig retryConfig(SystemPolicy.RetryPolicy policy) {
        IntervalFunction backoff = policy.jitter() == 0.0
                ? IntervalFunction.ofExponentialBackoff(policy.initialBackoff(), policy.multiplier(),
                        policy.maxBackoff())
                : IntervalFunction.ofExponentialRandomBackoff(policy.initialBackoff(), policy.multiplier(),
                        policy.jitter(), policy.maxBackoff());
        return RetryConfig.custom()
                .maxAttempts(policy.maxAttempts())
                .intervalFunction(backoff)
                .retryOnException(GuardedCalls::isRetriable)
                .build();
    }

    private static CircuitBreakerConfig circuitBreakerConfig(SystemPolicy.CircuitBreakerPolicy policy, Clock clock) {
        return CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(policy.slidingWindowSize())
                .minimumNumberOfCalls(policy.minimumCalls())
                .failureRateThreshold(policy.failureRateThreshold())
                .waitDurationInOpenState(policy.waitInOpenState())
                .permittedNumberOfCallsInHalfOpenState(policy.halfOpenCalls())
                .recordException(GuardedCalls::isSystemFailure)
                .ignoreException(GuardedCalls::isLocalRejection)
                .clock(clock)
                .build();
    }

    /** Retried: retriable failures of the system and local rejections, but not an open circuit (fail fast). */
    private static boolean isRetriable(Throwable failure) {
        return failure instanceof ConnectorException e && e.isRetriable()
                && !(e.getCause() instanceof CallNotPermittedException);
    }

    /** Counted by the breaker as a failure: a retriable failure that came from the system itself. */
    private static boolean isSystemFailure(Throwable failure) {
        return failure instanceof ConnectorException e && e.isRetriable() && !isLocalRejection(failure);
    }

    private static boolean isLocalRejection(Throwable failure) {
        return failure instanceof ConnectorException e
                && (e.getCause() instanceof BulkheadFullException || e.getCause() instanceof RequestNotPermitted);
    }

    private static CallOutcome outcomeOf(ConnectorException e) {
        if (!e.isRetriable()) {
            return CallOutcome.PERMANENT;
        }
        if (e.getCause() instanceof CallNotPermittedException) {
            return CallOutcome.REJECTED_OPEN_CIRCUIT;
        }
        if (e.getCause() instanceof BulkheadFullException) {
            return CallOutcome.REJECTED_BULKHEAD;
        }
        if (e.getCause() instanceof RequestNotPermitted) {
            return CallOutcome.REJECTED_RATE_LIMIT;
        }
        return CallOutcome.RETRIABLE;
    }
}
