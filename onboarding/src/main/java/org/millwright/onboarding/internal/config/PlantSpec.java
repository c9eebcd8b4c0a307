package org.millwright.onboarding.internal.config;

import java.util.List;
import java.util.Objects;

/**
 * A plant as its file declares it.
 *
 * @param id         the plant's id, unique across plant files
 * @param name       its human name
 * @param enterprise the ISA-95 enterprise every mapped asset belongs to
 * @param site       the ISA-95 site every mapped asset sits at
 * @param sources    its sources, in file order, ids unique
 */
public record PlantSpec(String id, String name, String enterprise, String site, List<SourceSpec> sources) {
    public PlantSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(enterprise, "enterprise");
        Objects.requireNonNull(site, "site");
        sources = List.copyOf(sources);
    }

    /** {@code enterprise/site}. */
    public String sitePath() {
        return enterprise + '/' + site;
    }
}
