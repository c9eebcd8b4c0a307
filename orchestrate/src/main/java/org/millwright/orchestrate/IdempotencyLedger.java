package org.millwright.orchestrate;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.millwright.model.EpisodeId;
import org.millwright.orchestrate.spi.LedgerStore;

/**
 * Makes every call to a system of record happen at most once per (episode, step), whatever the retries, crashes
 * and replays. A completed step returns its recorded result without calling the system. A step whose earlier
 * attempt may have reached the system (the answer was lost, the job timed out, the JVM died) first asks the
 * system for a record carrying the episode key (lookup-before-create) and only creates when none exists.
 */
public final class IdempotencyLedger {
    private final LedgerStore store;

    public IdempotencyLedger(LedgerStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * Runs a creating call once.
     *
     * @param recover looks for a record an earlier attempt created (by external reference)
     * @param create  creates the record and returns its id (or an encoded result)
     */
    public String once(EpisodeId episode, String step, String system, Supplier<Optional<String>> recover,
                       Supplier<String> create) {
        Optional<String> done = store.completedResult(episode, step);
        if (done.isPresent()) {
            return done.get();
        }
        int earlierAttempts = store.beginAttempt(episode, step, system);
        if (earlierAttempts > 0) {
            Optional<String> recovered = recover.get();
            if (recovered.isPresent()) {
                store.complete(episode, step, recovered.get());
                return recovered.get();
            }
        }
        String result = create.get();
        store.complete(episode, step, result);
        return result;
    }

    /** The scope of one step of one episode's workflow. */
    public Once step(EpisodeId episode, String step) {
        return (system, recover, create) -> once(episode, step, system, recover, create);
    }

    /** Runs a reading call and records its answer, so that a replay takes the same decision as the first run. */
    public String read(EpisodeId episode, String step, String system, Supplier<String> read) {
        return once(episode, step, system, Optional::empty, read);
    }
}
