package org.millwright.orchestrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.millwright.model.EpisodeId;
import org.millwright.orchestrate.spi.LedgerStore;

class IdempotencyLedgerTest {
    private static final EpisodeId EPISODE = EpisodeId.of("EP-000000000001");

    /** The ledger's rows, held like the database holds them: attempts survive a failed call. */
    private static final class Rows implements LedgerStore {
        final Map<String, Integer> attempts = new HashMap<>();
        final Map<String, String> results = new HashMap<>();

        @Override
        public Optional<String> completedResult(EpisodeId episode, String step) {
            return Optional.ofNullable(results.get(episode + step));
        }

        @Override
        public int beginAttempt(EpisodeId episode, String step, String system) {
            return attempts.merge(episode + step, 1, Integer::sum) - 1;
        }

        @Override
        public void complete(EpisodeId episode, String step, String result) {
            results.put(episode + step, result);
        }
    }

    private final Rows rows = new Rows();
    private final IdempotencyLedger ledger = new IdempotencyLedger(rows);
    private final AtomicInteger creates = new AtomicInteger();
    private final AtomicInteger lookups = new AtomicInteger();

    @Test
    void createsOnceAndReturnsTheRecordedResultAfterwards() {
        String first = ledger.once(EPISODE, "create-notification", "eam", this::lookupNothing, this::create);
        String second = ledger.once(EPISODE, "create-notification", "eam", this::lookupNothing, this::create);

        assertThat(first).isEqualTo("N-1");
        assertThat(second).isEqualTo("N-1");
        assertThat(creates).hasValue(1);
        assertThat(lookups).hasValue(0);
    }

    @Test
    void firstAttemptCreatesWithoutLookingUp() {
        ledger.once(EPISODE, "reserve-stock", "erp", this::lookupNothing, this::create);

        assertThat(lookups).hasValue(0);
    }

    @Test
    void recoversTheRecordAnEarlierAttemptCreatedWhenItsAnswerWasLost() {
        assertThatThrownBy(() -> ledger.once(EPISODE, "reserve-stock", "erp", this::lookupNothing, () -> {
            creates.incrementAndGet();
            throw new IllegalStateException("timeout after the system committed");
        })).isInstanceOf(IllegalStateException.class);

        String result = ledger.once(EPISODE, "reserve-stock", "erp", () -> {
            lookups.incrementAndGet();
            return Optional.of("RES-1");
        }, this::create);

        assertThat(result).isEqualTo("RES-1");
        assertThat(creates).hasValue(1);
        assertThat(lookups).hasValue(1);
    }

    @Test
    void createsOnRetryWhenTheEarlierAttemptLeftNothing() {
        assertThatThrownBy(() -> ledger.once(EPISODE, "reserve-stock", "erp", this::lookupNothing, () -> {
            throw new IllegalStateException("connection refused");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(ledger.once(EPISODE, "reserve-stock", "erp", this::lookupNothing, this::create)).isEqualTo("N-1");
        assertThat(lookups).hasValue(1);
    }

    @Test
    void readsAreRecordedSoAReplayTakesTheSameDecision() {
        AtomicInteger stock = new AtomicInteger(5);
        String first = ledger.read(EPISODE, "check-stock", "erp", () -> String.valueOf(stock.get() >= 2));
        stock.set(0);
        String replay = ledger.read(EPISODE, "check-stock", "erp", () -> String.valueOf(stock.get() >= 2));

        assertThat(first).isEqualTo("true");
        assertThat(replay).isEqualTo("true");
    }

    private Optional<String> lookupNothing() {
        lookups.incrementAndGet();
        return Optional.empty();
    }

    private String create() {
        return "N-" + creates.incrementAndGet();
    }
}
