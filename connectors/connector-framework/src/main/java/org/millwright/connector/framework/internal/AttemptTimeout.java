package org.millwright.connector.framework.internal;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.millwright.connector.ConnectorException;

/**
 * Bounds one attempt in time: the adapter call runs on this system's own worker threads while the caller waits at
 * most the call timeout; a late call is interrupted and reported as a retriable failure. A worker stuck in a call
 * that ignores interrupts stays busy until the call returns, so workers are created on demand (cached pool): the
 * bulkhead, not this pool, bounds the calls in flight. Unclassified adapter exceptions become permanent failures.
 */
final class AttemptTimeout implements AutoCloseable {
    private final String system;
    private final Duration timeout;
    private final ExecutorService workers;

    AttemptTimeout(String system, Duration timeout) {
        this.system = system;
        this.timeout = timeout;
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "connector-" + system + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    <T> T call(String operation, Supplier<T> adapterCall) {
        Future<T> future = workers.submit(adapterCall::get);
        try {
            return future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw ConnectorException.retriable(system, operation,
                    "no answer from " + system + " within " + timeout.toMillis() + " ms", e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw ConnectorException.retriable(system, operation, "interrupted while waiting for " + system, e);
        } catch (ExecutionException e) {
            throw classified(operation, e.getCause());
        }
    }

    private RuntimeException classified(String operation, Throwable failure) {
        if (failure instanceof ConnectorException connectorFailure) {
            return connectorFailure;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return new ConnectorException(ConnectorException.Kind.PERMANENT, system, operation,
                "unclassified adapter failure: " + failure, failure);
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
