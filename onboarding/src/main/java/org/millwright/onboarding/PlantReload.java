package org.millwright.onboarding;

import java.util.List;
import java.util.Map;

/**
 * What one look at the plants directory changed. Sources are named {@code plant/source}.
 *
 * @param started   sources started: new ones, and changed ones started again with their new configuration
 * @param stopped   sources stopped: removed from their file, changed, or their file was deleted
 * @param unchanged sources of changed files that kept running untouched, connection and counters included
 * @param rejected  files whose content was rejected, with file, line and problem; their previous configuration stays
 */
public record PlantReload(List<String> started, List<String> stopped, List<String> unchanged,
                          Map<String, String> rejected) {
    public PlantReload {
        started = List.copyOf(started);
        stopped = List.copyOf(stopped);
        unchanged = List.copyOf(unchanged);
        rejected = Map.copyOf(rejected);
    }
}
