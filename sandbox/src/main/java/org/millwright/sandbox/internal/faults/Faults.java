package org.millwright.sandbox.internal.faults;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.millwright.sandbox.internal.http.ApiException;
import org.millwright.sandbox.internal.http.Interceptor;
import org.millwright.sandbox.internal.http.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies each system's {@link FaultSettings} around its routes. Settings live in memory only: a restarted
 * sandbox has no faults. Random draws come from one seeded {@link Random}, and a rate of 0 draws nothing, so
 * a run with the same seed and the same requests fails the same way.
 */
public final class Faults implements Interceptor {
    /** The systems that can be given faults, in the order the admin API lists them. */
    public static final List<String> SYSTEMS = List.of("erp", "eam", "planning", "fsm");

    private static final Logger LOG = LoggerFactory.getLogger(Faults.class);

    private final Map<String, FaultSettings> settings = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Random random;

    public Faults(Clock clock, long randomSeed) {
        this.clock = clock;
        this.random = new Random(randomSeed);
    }

    @Override
    public void beforeWork(String system) {
        FaultSettings current = settingsOf(system);
        if (current.inOutageAt(clock.instant())) {
            throw ApiException.unavailable("outage",
                    "sandbox " + system + " is unavailable (outage until " + current.outageUntil().get() + ")");
        }
        if (draw(current.errorRate())) {
            throw ApiException.unavailable("injected_error", "sandbox " + system + " failed (injected error)");
        }
    }

    @Override
    public Response afterWork(String system, Response response) {
        FaultSettings current = settingsOf(system);
        if (current.latencyMs() > 0) {
            pause(current.latencyMs());
        }
        if (draw(current.loseResponseRate())) {
            LOG.info("sandbox {} drops the answer (status {}) after committing (injected)", system, response.status());
            return Response.error(503, "response_lost",
                    "sandbox " + system + " lost the response (injected); the work was committed");
        }
        return response;
    }

    FaultSettings settingsOf(String system) {
        return settings.getOrDefault(system, FaultSettings.NONE);
    }

    void set(String system, FaultSettings value) {
        settings.put(system, value);
        LOG.info("sandbox {} faults set to {}", system, value);
    }

    void clear() {
        settings.clear();
        LOG.info("sandbox faults cleared");
    }

    Map<String, FaultSettings.View> views() {
        Map<String, FaultSettings.View> result = new LinkedHashMap<>();
        SYSTEMS.forEach(system -> result.put(system, settingsOf(system).view()));
        return result;
    }

    private boolean draw(double rate) {
        return rate > 0.0 && random.nextDouble() < rate;
    }

    // The delay comes after the commit on purpose: a client that times out sees a failure for work that exists.
    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
