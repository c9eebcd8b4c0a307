package org.millwright.protocol.sparkplug.internal.session;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.tahu.message.model.Metric;
import org.eclipse.tahu.model.MetricDataTypeMap;

/**
 * The metrics one BIRTH declared for an edge node or one of its devices: alias → name, the data types
 * (so that DATA metrics carrying only an alias can be decoded) and the declared names. Owned by the
 * dispatcher thread.
 */
final class MetricScope {
    private final Map<Long, String> namesByAlias = new HashMap<>();
    private final MetricDataTypeMap types = new MetricDataTypeMap();
    private final Set<String> names = new LinkedHashSet<>();

    /** Records the metrics of a BIRTH payload. */
    void declare(Iterable<Metric> metrics) {
        for (Metric metric : metrics) {
            if (!metric.hasName()) {
                continue; // a BIRTH must name every metric; such a metric cannot be referred to later
            }
            names.add(metric.getName());
            types.addMetricDataType(metric.getName(), metric.getDataType());
            if (metric.hasAlias()) {
                namesByAlias.put(metric.getAlias(), metric.getName());
                types.addMetricDataType(metric.getAlias(), metric.getDataType());
            }
        }
    }

    Optional<String> nameOf(long alias) {
        return Optional.ofNullable(namesByAlias.get(alias));
    }

    MetricDataTypeMap types() {
        return types;
    }

    Set<String> names() {
        return names;
    }
}
