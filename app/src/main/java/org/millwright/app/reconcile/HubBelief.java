package org.millwright.app.reconcile;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.millwright.model.AssetId;
import org.millwright.model.EpisodeId;
import org.millwright.model.EpisodeState;

/**
 * What the hub believes about one episode: its state, the idempotency ledger (which call to which system returned
 * which record), the step journal, and whether its workflow still runs.
 *
 * @param ledger            ledger rows by step wire name
 * @param steps             journaled workflow steps by wire name
 * @param superseded        a later episode exists on the same asset (it owns the equipment status now)
 * @param processInstanceId the episode's workflow process, once started
 * @param workflowRunning   whether that process is still active in the engine; empty when not asked
 */
public record HubBelief(EpisodeId episode, AssetId asset, EpisodeState state, Optional<Instant> closedAt,
                        Map<String, LedgerEntry> ledger, Map<String, JournalEntry> steps, boolean superseded,
                        Optional<String> processInstanceId, Optional<Boolean> workflowRunning) {
    public HubBelief {
        Objects.requireNonNull(episode, "episode");
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(closedAt, "closedAt");
        ledger = Map.copyOf(ledger);
        steps = Map.copyOf(steps);
        Objects.requireNonNull(processInstanceId, "processInstanceId");
        Objects.requireNonNull(workflowRunning, "workflowRunning");
    }

    /** One row of {@code sor_ledger}. */
    public record LedgerEntry(String system, boolean done, Optional<String> result) {
        public LedgerEntry {
            Objects.requireNonNull(system, "system");
            Objects.requireNonNull(result, "result");
        }
    }

    /** One row of {@code workflow_step}. */
    public record JournalEntry(String state, Instant startedAt) {
        public JournalEntry {
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(startedAt, "startedAt");
        }
    }

    public Optional<LedgerEntry> ledgerEntry(String step) {
        return Optional.ofNullable(ledger.get(step));
    }

    public boolean isDone(String step) {
        return ledgerEntry(step).map(LedgerEntry::done).orElse(false);
    }

    public boolean closed() {
        return state == EpisodeState.CLOSED;
    }

    public HubBelief withWorkflowRunning(boolean running) {
        return new HubBelief(episode, asset, state, closedAt, ledger, steps, superseded, processInstanceId,
                Optional.of(running));
    }

    /**
     * Whether the hub's side is the same in both: when it changed while the systems were being asked (a step
     * completed, the episode closed), the answers cannot be compared with either and the episode waits for the next
     * run.
     */
    public boolean sameHubSideAs(HubBelief other) {
        return state == other.state && ledger.equals(other.ledger) && superseded == other.superseded;
    }
}
