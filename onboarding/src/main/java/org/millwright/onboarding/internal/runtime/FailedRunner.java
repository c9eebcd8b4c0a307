package org.millwright.onboarding.internal.runtime;

import java.time.Instant;
import java.util.Optional;
import org.millwright.onboarding.SourceState;
import org.millwright.onboarding.SourceStatus;
import org.millwright.onboarding.internal.config.SourceSpec;

/** A source whose client could not even be created (e.g. its configuration was refused by the protocol module). */
public final class FailedRunner implements SourceRunner {
    private final SourceSpec spec;
    private final String reason;
    private final Instant at;

    public FailedRunner(SourceSpec spec, String reason, Instant at) {
        this.spec = spec;
        this.reason = reason;
        this.at = at;
    }

    @Override
    public SourceSpec spec() {
        return spec;
    }

    @Override
    public SourceStatus status() {
        return new SourceStatus(spec.id(), spec.kind(), "-", SourceState.FAILED, Optional.of(reason), at, at, 0, 0, 0,
                Optional.empty());
    }

    @Override
    public void close() {
        // nothing runs
    }
}
