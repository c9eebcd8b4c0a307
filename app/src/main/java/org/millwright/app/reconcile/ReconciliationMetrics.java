package org.millwright.app.reconcile;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.millwright.app.reconcile.JdbcDrift.SystemAndKind;
import org.millwright.app.reconcile.ReconciliationRun.RequestedBy;
import org.millwright.app.reconcile.ReconciliationRun.State;
import org.millwright.app.systems.ActiveSystems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Reconciliation metrics: {@value #DRIFT_METER}{system,kind}, the current drift nobody has acknowledged (every
 * configured system and {@code hub} × every kind, zeros included, refreshed after each run and acknowledgement — never
 * on a scrape), and the counters {@value #RUNS_METER}{trigger,outcome} and {@value #REPAIRS_METER}.
 */
@Component
public class ReconciliationMetrics implements MeterBinder {
    public static final String DRIFT_METER = "millwright.reconciliation.drift";
    public static final String RUNS_METER = "millwright.reconciliation.runs";
    public static final String REPAIRS_METER = "millwright.reconciliation.repairs";
    private static final Logger LOG = LoggerFactory.getLogger(ReconciliationMetrics.class);

    private final JdbcDrift drift;
    private final ActiveSystems systems;
    private volatile MeterRegistry registry;
    private volatile MultiGauge driftGauge;

    ReconciliationMetrics(JdbcDrift drift, ActiveSystems systems) {
        this.drift = drift;
        this.systems = systems;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        this.registry = registry;
        this.driftGauge = MultiGauge.builder(DRIFT_METER)
                .description("current drift between the hub and its systems of record that nobody has acknowledged")
                .register(registry);
    }

    @EventListener(ApplicationReadyEvent.class)
    void refreshOnStart() {
        refresh();
    }

    /** Re-reads the current drift counts. */
    synchronized void refresh() {
        MultiGauge gauge = driftGauge;
        if (gauge == null) {
            return;
        }
        try {
            Map<SystemAndKind, Long> counts = drift.unacknowledgedCounts();
            Set<String> names = new LinkedHashSet<>(systems.router().systemNames());
            names.add(EpisodeReconciler.HUB);
            counts.keySet().forEach(key -> names.add(key.system()));
            List<MultiGauge.Row<?>> rows = new ArrayList<>();
            for (String system : names) {
                for (DriftKind kind : DriftKind.values()) {
                    rows.add(MultiGauge.Row.of(Tags.of("system", system, "kind", kind.name()),
                            counts.getOrDefault(new SystemAndKind(system, kind), 0L)));
                }
            }
            gauge.register(rows, true);
        } catch (RuntimeException e) {
            LOG.warn("could not refresh the reconciliation drift gauge: {}", e.toString());
        }
    }

    void runFinished(RequestedBy by, State outcome) {
        MeterRegistry meters = registry;
        if (meters != null) {
            Counter.builder(RUNS_METER).description("reconciliation runs by trigger and outcome")
                    .tag("trigger", by.name().toLowerCase(Locale.ROOT))
                    .tag("outcome", outcome.name().toLowerCase(Locale.ROOT)).register(meters).increment();
        }
    }

    void repaired() {
        MeterRegistry meters = registry;
        if (meters != null) {
            Counter.builder(REPAIRS_METER).description("ledger rows reconciliation completed from a system's record")
                    .register(meters).increment();
        }
    }
}
