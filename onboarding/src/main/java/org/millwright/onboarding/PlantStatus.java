package org.millwright.onboarding;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One plant file and what runs from it.
 *
 * @param file     the file name in the plants directory
 * @param plantId  the plant's id, once the file was loaded successfully
 * @param name     the plant's human name, once loaded
 * @param site     the plant's ISA-95 {@code enterprise/site}, once loaded
 * @param loadedAt when the active configuration was loaded, once loaded
 * @param sources  the sources of the active configuration, in file order
 * @param error    why the file's current content was rejected (file, line and problem); the previous configuration,
 *                 if there was one, stays active meanwhile
 */
public record PlantStatus(String file, Optional<String> plantId, Optional<String> name, Optional<String> site,
                          Optional<Instant> loadedAt, List<SourceStatus> sources, Optional<String> error) {
    public PlantStatus {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(plantId, "plantId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(loadedAt, "loadedAt");
        sources = List.copyOf(sources);
        Objects.requireNonNull(error, "error");
    }

    /** Whether every source is connected and the file's current content is active. */
    public boolean healthy() {
        return error.isEmpty() && sources.stream().allMatch(source -> source.state() == SourceState.CONNECTED);
    }
}
