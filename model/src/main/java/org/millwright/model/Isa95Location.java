package org.millwright.model;

import java.util.Objects;

/** Where an asset sits in the ISA-95 role-based equipment hierarchy: enterprise → site → area → line. */
public record Isa95Location(String enterprise, String site, String area, String line) {
    public Isa95Location {
        Objects.requireNonNull(enterprise, "enterprise");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(line, "line");
    }

    /** {@code enterprise/site/area/line}, the prefix of the unified-namespace topic. */
    public String path() {
        return enterprise + '/' + site + '/' + area + '/' + line;
    }
}
