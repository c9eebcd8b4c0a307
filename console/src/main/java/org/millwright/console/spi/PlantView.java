package org.millwright.console.spi;

import java.util.List;
import java.util.Objects;

/**
 * One plant file with its sources.
 *
 * @param file    the plant file's name
 * @param plantId the plant's id; empty while the file never loaded
 * @param name    the plant's human name; may be empty
 * @param site    the plant's ISA-95 site, e.g. {@code acme/north}; may be empty
 * @param error   why the file's current content was rejected (file, line, problem); empty when it is active
 * @param sources its sources, in file order
 */
public record PlantView(String file, String plantId, String name, String site, String error,
        List<PlantSourceView> sources) {

    /** Rejects nulls: absent text is an empty string. */
    public PlantView {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(plantId, "plantId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(error, "error");
        sources = Views.copy(sources, "sources");
    }
}
