package org.millwright.onboarding.internal.config;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.millwright.onboarding.SourceKind;

/**
 * A Sparkplug B primary host application for some groups of edge nodes.
 *
 * @param id      source id
 * @param broker  the broker; the hub's own when empty
 * @param hostId  the primary host id the plant's edge nodes are configured with
 * @param metrics which metric of which node or device is which signal; their groups are subscribed
 */
public record SparkplugSpec(String id, Optional<BrokerSpec> broker, String hostId, List<Metric> metrics)
        implements SourceSpec {

    /**
     * One mapped metric.
     *
     * @param group    Sparkplug group id
     * @param edgeNode edge node id
     * @param device   device id; empty for a node-level metric
     * @param metric   metric name as declared in the BIRTH
     * @param mapping  what it becomes
     */
    public record Metric(String group, String edgeNode, Optional<String> device, String metric, TagMapping mapping) {
        public Metric {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(edgeNode, "edgeNode");
            Objects.requireNonNull(device, "device");
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(mapping, "mapping");
        }
    }

    public SparkplugSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(broker, "broker");
        Objects.requireNonNull(hostId, "hostId");
        metrics = List.copyOf(metrics);
    }

    /** The groups the metrics belong to, in order of first mention. */
    public List<String> groups() {
        return metrics.stream().map(Metric::group).distinct().toList();
    }

    @Override
    public SourceKind kind() {
        return SourceKind.SPARKPLUG;
    }

    @Override
    public List<TagMapping> mappings() {
        return metrics.stream().map(Metric::mapping).toList();
    }
}
