package org.millwright.app.pipeline;

import java.sql.Timestamp;
import java.time.Clock;
import org.millwright.ingest.Decoded;
import org.millwright.ingest.spi.HistorySink;
import org.millwright.model.Signal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stores backfilled (historical) samples in table {@code sample_history}, once per (source, seq): the edge agent may
 * send a sample again after an outage or a restart, and the broker may redeliver it.
 */
@Component
public class JdbcSampleHistory implements HistorySink {
    private final JdbcClient jdbc;
    private final Clock clock;

    public JdbcSampleHistory(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A historical sample without a source and sequence cannot be de-duplicated; it is refused. */
    @Override
    public void store(Decoded.Accepted sample) {
        String source = sample.source().orElseThrow(() -> new IllegalArgumentException(
                "a historical sample needs 'src' and 'seq' to be stored once"));
        long seq = sample.sequence().orElseThrow(() -> new IllegalArgumentException(
                "a historical sample from " + source + " needs 'seq' to be stored once"));
        Signal signal = sample.signal();
        jdbc.sql("""
                        insert into sample_history (source, seq, asset_id, signal, value, quality, observed_at, received_at)
                        values (:src, :seq, :asset, :signal, :value, :quality, :observed, :received)
                        on conflict (source, seq) do nothing""")
                .param("src", source).param("seq", seq).param("asset", signal.asset().value())
                .param("signal", signal.type().name()).param("value", signal.value())
                .param("quality", signal.quality().name()).param("observed", Timestamp.from(signal.observedAt()))
                .param("received", Timestamp.from(clock.instant())).update();
    }
}
