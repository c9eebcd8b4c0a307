package org.millwright.app.pipeline;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.millwright.ingest.IngestGateway;
import org.millwright.ingest.Pipeline;
import org.millwright.ingest.RejectReason;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Telemetry-plane and business-plane metrics, read from the parts that count them (nothing on the hot path):
 * accepted and rejected samples by reason, pipeline queue depth per partition and outcomes, dead-letter count,
 * open episodes.
 */
public class IngestMetrics implements MeterBinder {
    private final IngestGateway gateway;
    private final Pipeline pipeline;
    private final JdbcClient jdbc;

    public IngestMetrics(IngestGateway gateway, Pipeline pipeline, JdbcClient jdbc) {
        this.gateway = gateway;
        this.pipeline = pipeline;
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("millwright.ingest.samples", gateway, IngestGateway::acceptedCount)
                .tag("outcome", "accepted").tag("reason", "none").description("samples accepted by ingest")
                .register(registry);
        for (RejectReason reason : RejectReason.values()) {
            FunctionCounter.builder("millwright.ingest.samples", gateway,
                            g -> g.rejectedCounts().getOrDefault(reason, 0L))
                    .tag("outcome", "rejected").tag("reason", reason.name())
                    .description("samples rejected by ingest, by reason").register(registry);
        }
        FunctionCounter.builder("millwright.ingest.sequence", gateway, g -> g.sourceSequences().duplicateCount())
                .tag("outcome", "duplicate").description("numbered samples dropped as already received (edge agents)")
                .register(registry);
        FunctionCounter.builder("millwright.ingest.sequence", gateway, g -> g.sourceSequences().missingCount())
                .tag("outcome", "missing").description("sequence numbers a source skipped: samples lost upstream")
                .register(registry);
        FunctionCounter.builder("millwright.ingest.historical", gateway, IngestGateway::historicalCount)
                .description("backfilled samples stored as history, not fed to live detection").register(registry);
        FunctionCounter.builder("millwright.pipeline.samples", pipeline, Pipeline::processedCount)
                .tag("outcome", "processed").register(registry);
        FunctionCounter.builder("millwright.pipeline.samples", pipeline, Pipeline::failedCount)
                .tag("outcome", "failed").description("handler failures (the sample is retried, not acknowledged)")
                .register(registry);
        for (int partition = 0; partition < pipeline.partitions(); partition++) {
            int p = partition;
            Gauge.builder("millwright.pipeline.queue.depth", pipeline, pl -> pl.queueDepth(p))
                    .tag("partition", Integer.toString(p)).description("samples waiting in a detection partition")
                    .register(registry);
        }
        Gauge.builder("millwright.dead.letters", jdbc, db -> count(db, "select count(*) from dead_letter"))
                .description("rejected inputs kept in the dead-letter table").register(registry);
        Gauge.builder("millwright.episodes.open", jdbc,
                        db -> count(db, "select count(*) from episode where state <> 'CLOSED'"))
                .description("episodes whose maintenance work is not complete").register(registry);
    }

    private static double count(JdbcClient jdbc, String sql) {
        try {
            return jdbc.sql(sql).query(Long.class).single();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
