package org.millwright.app.reconcile;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.flowable.engine.RuntimeService;
import org.millwright.app.MillwrightProperties;
import org.millwright.app.audit.AuditTrail;
import org.millwright.app.reconcile.JdbcRuns.Tally;
import org.millwright.app.reconcile.ReconciliationRun.RequestedBy;
import org.millwright.app.reconcile.ReconciliationRun.State;
import org.millwright.model.EpisodeId;
import org.millwright.orchestrate.SystemsRouting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs reconciliation: for each episode in scope (open ones, and closed ones within the look-back), reads what the hub
 * believes, asks each system of record what it holds ({@link EpisodeReconciler}), reads the hub's side again, and —
 * when that did not change meanwhile — stores the drift found, resolves drift no longer found, and applies the safe
 * repairs, each audited in the same transaction as the ledger change it makes.
 *
 * <p>Runs execute one at a time on this service's own thread, in the order requested; requesting a run while one
 * of the same scope is still queued returns that one (it has not started, so it will see everything up to now).
 * The schedule, when enabled, requests a run every interval, the first one an interval after start.
 */
@Component
public class ReconciliationService implements InitializingBean, DisposableBean {
    /** The actor of the audit events of repairs. */
    public static final String ACTOR = "reconciliation";
    private static final Logger LOG = LoggerFactory.getLogger(ReconciliationService.class);

    private final HubBeliefs beliefs;
    private final JdbcRuns runs;
    private final JdbcDrift drift;
    private final AuditTrail audit;
    private final SystemsRouting routing;
    private final RuntimeService workflows;
    private final ReconciliationMetrics metrics;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final MillwrightProperties.Reconciliation settings;
    private final EpisodeReconciler reconciler;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread t = new Thread(runnable, "reconciliation");
        t.setDaemon(true);
        return t;
    });

    ReconciliationService(HubBeliefs beliefs, JdbcRuns runs, JdbcDrift drift, AuditTrail audit, SystemsRouting routing,
                          RuntimeService workflows, ReconciliationMetrics metrics, PlatformTransactionManager transactions,
                          Clock clock, MillwrightProperties properties) {
        this.beliefs = beliefs;
        this.runs = runs;
        this.drift = drift;
        this.audit = audit;
        this.routing = routing;
        this.workflows = workflows;
        this.metrics = metrics;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
        this.settings = properties.reconciliation();
        this.reconciler = new EpisodeReconciler(clock, settings.inFlightGrace());
    }

    /** Before anyone can request a run: the runs this node left unfinished when it stopped will never finish. */
    @Override
    public void afterPropertiesSet() {
        int abandoned = runs.abandonUnfinished(clock.instant());
        if (abandoned > 0) {
            LOG.warn("{} reconciliation run(s) were left unfinished when the hub stopped; marked FAILED", abandoned);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void startSchedule() {
        if (settings.enabled()) {
            long every = settings.interval().toMillis();
            thread.scheduleWithFixedDelay(() -> request(RequestedBy.SCHEDULE, Optional.empty()), every, every,
                    TimeUnit.MILLISECONDS);
            LOG.info("reconciliation runs every {} (closed episodes for {} after they close)", settings.interval(),
                    settings.lookBack());
        }
    }

    /** Requests a run of every episode in scope, or of one episode; answers at once, the run follows. */
    public synchronized ReconciliationRun request(RequestedBy by, Optional<EpisodeId> episode) {
        Optional<ReconciliationRun> queued = runs.queued(episode);
        if (queued.isPresent()) {
            return queued.get();
        }
        ReconciliationRun run = runs.create(by, episode, clock.instant());
        thread.execute(() -> execute(run));
        return run;
    }

    public Optional<ReconciliationRun> run(long id) {
        return runs.find(id);
    }

    public List<ReconciliationRun> recentRuns(int limit) {
        return runs.recent(limit);
    }

    /** The repairs a run made. */
    public List<Drift> repairsOf(long run) {
        return drift.repairsOf(run);
    }

    public List<Drift> currentDrift(Optional<EpisodeId> episode, Optional<String> system, Optional<DriftKind> kind,
                                    Optional<Boolean> acknowledged, int limit) {
        return drift.current(episode, system, kind, acknowledged, limit);
    }

    /**
     * Records that an operator has seen a current drift, with a note; audited.
     *
     * @return empty when there is no such drift
     * @throws DriftNotAcknowledgeable when it is resolved or already acknowledged
     */
    public Optional<Drift> acknowledge(long id, String by, String note) {
        Optional<Drift> acknowledged = transactions.execute(status -> drift.find(id).map(found -> {
            if (!drift.acknowledge(id, by, note, clock.instant())) {
                throw new DriftNotAcknowledgeable(found);
            }
            audit.append(by, "reconciliation.acknowledge", found.episode().value(), Map.of("drift", id,
                    "system", found.system(), "record", found.record(), "kind", found.kind().name(), "note", note));
            return drift.find(id).orElseThrow();
        }));
        metrics.refresh();
        return acknowledged;
    }

    private void execute(ReconciliationRun run) {
        Instant started = clock.instant();
        runs.started(run.id(), started);
        Tally tally = Tally.NONE;
        try {
            Instant closedSince = started.minus(settings.lookBack());
            List<EpisodeId> episodes = run.episode().map(List::of).orElseGet(() -> beliefs.inScope(closedSince));
            for (EpisodeId episode : episodes) {
                tally = tally.plus(reconcile(run.id(), episode));
            }
            if (run.episode().isEmpty()) {
                drift.outOfScope(closedSince, clock.instant());
            }
            runs.finished(run.id(), State.SUCCEEDED, clock.instant(), tally, Optional.empty());
            metrics.runFinished(run.requestedBy(), State.SUCCEEDED);
            LOG.info("reconciliation run {} checked {} episode(s): {} drift, {} repaired, {} skipped", run.id(),
                    tally.checked(), tally.drift(), tally.repaired(), tally.skipped());
        } catch (RuntimeException e) {
            LOG.error("reconciliation run {} failed", run.id(), e);
            runs.finished(run.id(), State.FAILED, clock.instant(), tally, Optional.of(String.valueOf(e)));
            metrics.runFinished(run.requestedBy(), State.FAILED);
        } finally {
            metrics.refresh();
        }
    }

    private Tally reconcile(long run, EpisodeId episode) {
        try {
            Optional<HubBelief> before = beliefs.read(episode).map(this::withWorkflowState);
            if (before.isEmpty()) {
                return Tally.NONE;
            }
            List<CheckResult> results = reconciler.check(before.get(), routing.forAsset(before.get().asset()));
            Optional<HubBelief> after = beliefs.read(episode);
            if (after.isEmpty() || !before.get().sameHubSideAs(after.get())) {
                LOG.debug("episode {} changed while it was reconciled; left for the next run", episode);
                return new Tally(0, 1, 0, 0);
            }
            return transactions.execute(status -> record(run, before.get(), results));
        } catch (RuntimeException e) {
            LOG.warn("could not reconcile episode {}; left for the next run", episode, e);
            return new Tally(0, 1, 0, 0);
        }
    }

    private HubBelief withWorkflowState(HubBelief belief) {
        if (belief.closed() || belief.processInstanceId().isEmpty()) {
            return belief;
        }
        return belief.withWorkflowRunning(workflows.createProcessInstanceQuery()
                .processInstanceId(belief.processInstanceId().get()).count() > 0);
    }

    private Tally record(long run, HubBelief belief, List<CheckResult> results) {
        Instant now = clock.instant();
        int found = 0;
        int repaired = 0;
        for (CheckResult result : results) {
            Set<DriftKind> kinds = EnumSet.noneOf(DriftKind.class);
            for (Finding finding : result.findings()) {
                drift.seen(run, belief.episode(), finding, now);
                kinds.add(finding.kind());
                found++;
            }
            if (result.answered()) {
                drift.notSeenAgain(belief.episode(), result.record(), kinds, now);
            }
            if (result.repair().isPresent() && repair(run, belief, result.record(), result.repair().get(), now)) {
                repaired++;
            }
        }
        return new Tally(1, 0, found, repaired);
    }

    private boolean repair(long run, HubBelief belief, RecordKind record, Repair repair, Instant now) {
        String step = repair.step().wireName();
        if (!drift.completePendingLedger(belief.episode(), repair.step(), repair.ledgerResult(), now)) {
            return false; // the workflow completed the step meanwhile
        }
        String detail = repair.system() + " holds " + record.label() + " " + repair.recordId()
                + " with external reference " + belief.episode() + ", but the hub's ledger row of step " + step
                + " was PENDING (the answer was lost); completed it with " + repair.recordId();
        drift.repaired(run, belief.episode(), record, repair, detail, now);
        audit.append(ACTOR, "reconciliation.repair", belief.episode().value(), Map.of("run", run, "step", step,
                "system", repair.system(), "record", record.key(), "recordId", repair.recordId(),
                "ledgerResult", repair.ledgerResult()));
        metrics.repaired();
        LOG.info("reconciliation repaired episode {}: {}", belief.episode(), detail);
        return true;
    }

    @Override
    public void destroy() throws InterruptedException {
        thread.shutdownNow();
        if (!thread.awaitTermination(Duration.ofSeconds(10).toMillis(), TimeUnit.MILLISECONDS)) {
            LOG.warn("the reconciliation run did not stop within 10 s");
        }
    }
}
