package org.millwright.connector.framework;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SystemPolicyTest {
    @Test
    void rejectsInvalidValuesNamingTheField() {
        assertThatThrownBy(() -> new SystemPolicy.RetryPolicy(0, Duration.ofMillis(1), 2, 0, Duration.ofSeconds(1)))
                .hasMessage("retry.maxAttempts must be at least 1, was 0");
        assertThatThrownBy(() -> new SystemPolicy.RetryPolicy(3, Duration.ofMillis(1), 2, 1.0, Duration.ofSeconds(1)))
                .hasMessage("retry.jitter must be in [0, 1), was 1.0");
        assertThatThrownBy(() -> new SystemPolicy.CircuitBreakerPolicy(50f, 4, 5, Duration.ofSeconds(1), 1))
                .hasMessage("circuitBreaker.minimumCalls (5) must not exceed circuitBreaker.slidingWindowSize (4)");
        assertThatThrownBy(() -> new SystemPolicy.RateLimitPolicy(1, Duration.ofSeconds(1), Duration.ofMillis(-1)))
                .hasMessage("rateLimit.maxWait must not be negative, was PT-0.001S");
        assertThatThrownBy(() -> SystemPolicy.defaults().withCallTimeout(Duration.ZERO))
                .hasMessage("callTimeout must be positive, was PT0S");
    }
}
