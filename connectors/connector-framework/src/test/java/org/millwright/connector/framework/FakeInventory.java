package org.millwright.connector.framework;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.millwright.connector.ConnectorException;
import org.millwright.connector.Inventory;
import org.millwright.connector.ReservationRecord;
import org.millwright.connector.ReservationRequest;
import org.millwright.connector.StockLevel;

/**
 * A scripted stand-in for an ERP's inventory: each call takes the next scripted behaviour (fail retriably, fail
 * permanently, hang until released), and answers with stock when the script is empty. The framework is the unit under
 * test, so a fake system of record is the real thing's legitimate double here.
 */
final class FakeInventory implements Inventory {
    static final String SYSTEM_TEXT = "ERP said: 503 service unavailable";

    enum Step { RETRIABLE, PERMANENT, HANG, UNCLASSIFIED }

    private final Deque<Step> script = new ArrayDeque<>();
    private final List<Long> callTimes = new CopyOnWriteArrayList<>();
    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicBoolean interrupted = new AtomicBoolean();

    synchronized FakeInventory then(Step step, int times) {
        for (int i = 0; i < times; i++) {
            script.add(step);
        }
        return this;
    }

    int calls() {
        return callTimes.size();
    }

    /** Nano times of the calls, in order. */
    List<Long> callTimes() {
        return callTimes;
    }

    boolean awaitHangingCall() throws InterruptedException {
        return entered.await(5, TimeUnit.SECONDS);
    }

    void releaseHangingCalls() {
        release.countDown();
    }

    boolean wasInterrupted() {
        return interrupted.get();
    }

    @Override
    public StockLevel stock(String material, String plant) {
        callTimes.add(System.nanoTime());
        Step step;
        synchronized (this) {
            step = script.poll();
        }
        if (step == null) {
            return new StockLevel(material, plant, 4);
        }
        switch (step) {
            case RETRIABLE -> throw ConnectorException.retriable("fake-erp", "stock", SYSTEM_TEXT, null);
            case PERMANENT -> throw ConnectorException.permanent("fake-erp", "stock", "ERP said: unknown plant " + plant);
            case UNCLASSIFIED -> throw new IllegalStateException("adapter bug");
            case HANG -> hang();
        }
        return new StockLevel(material, plant, 4);
    }

    private void hang() {
        entered.countDown();
        try {
            if (!release.await(Duration.ofSeconds(10).toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("the test never released the hanging call");
            }
        } catch (InterruptedException e) {
            interrupted.set(true);
            Thread.currentThread().interrupt();
            throw ConnectorException.retriable("fake-erp", "stock", "interrupted", e);
        }
    }

    @Override
    public Optional<ReservationRecord> findReservation(String externalReference) {
        return Optional.empty();
    }

    @Override
    public ReservationRecord reserve(ReservationRequest request) {
        callTimes.add(System.nanoTime());
        Step step;
        synchronized (this) {
            step = script.poll();
        }
        if (step == Step.RETRIABLE) {
            throw ConnectorException.retriable("fake-erp", "reserve", SYSTEM_TEXT, null);
        }
        return new ReservationRecord("RES-1", request.externalReference());
    }

    @Override
    public void release(String reservationId, String externalReference) {
        callTimes.add(System.nanoTime());
    }

    @Override
    public void consume(String reservationId, String externalReference) {
        callTimes.add(System.nanoTime());
    }
}
