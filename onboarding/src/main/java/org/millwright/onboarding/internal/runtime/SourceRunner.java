package org.millwright.onboarding.internal.runtime;

import org.millwright.onboarding.SourceStatus;
import org.millwright.onboarding.internal.config.SourceSpec;

/** A running source of a plant. Started when created; runs until {@link #close()}. */
public interface SourceRunner extends AutoCloseable {

    /** The configuration it runs with. */
    SourceSpec spec();

    /** Its state and counters now. */
    SourceStatus status();

    /** Disconnects; idempotent. */
    @Override
    void close();
}
