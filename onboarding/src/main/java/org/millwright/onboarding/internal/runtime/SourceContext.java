package org.millwright.onboarding.internal.runtime;

import java.util.Objects;

/**
 * Who a sample came from, for the intake's checks, dead letters and counters.
 *
 * @param protocol   the dead letters' source, e.g. {@code opcua}
 * @param plantId    the plant
 * @param sourceId   the source within the plant
 * @param enterprise the plant's ISA-95 enterprise
 * @param site       the plant's ISA-95 site
 * @param counters   the source's counters
 */
public record SourceContext(String protocol, String plantId, String sourceId, String enterprise, String site,
                            SourceCounters counters) {
    public SourceContext {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(plantId, "plantId");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(enterprise, "enterprise");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(counters, "counters");
    }

    /** "plant north, source plc-7", for messages. */
    public String describe() {
        return "plant " + plantId + ", source " + sourceId;
    }
}
