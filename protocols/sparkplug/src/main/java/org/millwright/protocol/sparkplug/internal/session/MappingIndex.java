package org.millwright.protocol.sparkplug.internal.session;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.millwright.protocol.sparkplug.MetricMapping;

/** The configured metric mappings, looked up by source ({@code group/node[/device]}) and metric name. Immutable. */
final class MappingIndex {
    private final Map<String, Map<String, MetricMapping>> bySource = new HashMap<>();

    MappingIndex(List<MetricMapping> mappings) {
        for (MetricMapping mapping : mappings) {
            bySource.computeIfAbsent(mapping.source(), source -> new HashMap<>()).put(mapping.metric(), mapping);
        }
    }

    Optional<MetricMapping> find(String source, String metric) {
        return Optional.ofNullable(bySource.getOrDefault(source, Map.of()).get(metric));
    }
}
